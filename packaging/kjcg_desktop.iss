; Inno Setup 6 script: KJCG-Desktop-Setup-<version>.exe from the PyInstaller folder dist\KJCG-Desktop.
;
;   iscc /DAppVersion=0.1.0 packaging\kjcg_desktop.iss
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the program goes to
; %LOCALAPPDATA%\Programs\KJCG Desktop, a Start-menu entry is created, and the uninstaller removes
; only the program folder. The user's data (database, backups, attachments, logs) lives in
; %LOCALAPPDATA%\KJCG Desktop (platformdirs) and is never touched by setup or uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\KJCG-Desktop"
#endif
#define AppName "KJCG Desktop"
#define AppNameZh "科技成果转化管理"
#define AppExe "KJCG-Desktop.exe"
; VersionInfoVersion must be numeric: strip a pre-release suffix such as "rc1".
#define NumericVersion Copy(AppVersion, 1, Pos("rc", AppVersion + "rc") - 1)

[Setup]
; Keep AppId unchanged between versions: it identifies the installation for upgrades and uninstall.
AppId={{7622C0A5-FC90-4087-AD62-23284035BCC8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KJCG Desktop
AppComments={#AppNameZh}
VersionInfoVersion={#NumericVersion}
VersionInfoDescription={#AppName} {#AppNameZh} Setup
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=KJCG-Desktop-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\kjcg.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppNameZh}
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
; --- Code signing (reduces SmartScreen/antivirus warnings) -------------------------------------
; 1. In Inno Setup: Tools > Configure Sign Tools > Add, name "signtool", command e.g.
;      "C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe" sign /fd sha256
;        /tr http://timestamp.digicert.com /td sha256 /f "C:\certs\kjcg.pfx" /p PASSWORD $f
;    or on the command line: iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr ... /f cert.pfx /p PASSWORD $f" ...
; 2. Uncomment the two lines below. Setup and uninstaller are then signed; sign the program itself
;    (dist\KJCG-Desktop\KJCG-Desktop.exe) before compiling, as the GitHub workflow does.
;SignTool=signtool
;SignedUninstaller=yes
; The GitHub workflow defines the sign tool on the command line and passes /DSigned=1:
#ifdef Signed
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(SourcePath + "ChineseSimplified.isl")
; Unofficial translation fetched by the workflow next to this script.
Name: "chinesesimplified"; MessagesFile: "{#SourcePath}ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle so no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its folder; the data folder is deliberately not listed.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
