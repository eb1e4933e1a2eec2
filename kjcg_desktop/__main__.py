from kjcg_desktop.cli import main

raise SystemExit(main())
