; Inno Setup 6 script: the Windows installer of CaseTracker, made from the one-folder build.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\casetracker.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\casetracker.iss
;
; -> dist\CaseTracker-<version>-windows-x64-setup.exe
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the program goes to
; %LOCALAPPDATA%\Programs\CaseTracker, with a Start-menu shortcut and an entry in
; Settings > Apps for uninstalling. Someone with administrator rights may choose an install for
; all users in the first dialog instead. Vaults are never in the program folder (the default
; vault is in %LOCALAPPDATA%\CaseTracker), so uninstalling or upgrading never touches them.
;
; Needs Inno Setup 6.3 or newer (the x64compatible architecture identifier).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; Relative paths are taken from the folder of this script.
#ifndef BuildDir
  #define BuildDir "..\..\dist\CaseTracker"
#endif
#ifndef OutDir
  #define OutDir "..\..\dist"
#endif
#define AppName "CaseTracker"
#define AppExe "CaseTracker.exe"

[Setup]
; Identifies the application to Windows for upgrades and uninstall. Never change it.
AppId={{B905CCE4-D55A-43F8-8661-F76CE3015839}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CaseTracker contributors
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 version 1809 or later.
MinVersion=10.0.17763
OutputDir={#OutDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\app\casetracker.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running CaseTracker (after asking) before its files are replaced.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted case records"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
