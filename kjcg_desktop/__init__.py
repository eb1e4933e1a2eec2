"""KJCG Desktop — 科技成果转化管理桌面版."""

__version__ = "0.1.0"
APP_NAME = "KJCG Desktop"
