; Inno Setup script for the Windows installer of alliance_desk. build.py runs it with
; /DAppVersion=... and /DDistDir=... (the folder that holds the built alliance_desk\).
; Installs for the user alone unless they choose all users, adds a Start menu entry,
; and opens .alliance workbooks with alliance_desk on a double click.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\..\dist"
#endif

[Setup]
AppId={{7D0F3C52-4B1E-4A8F-9C63-2E5B8A1D4F70}
AppName=alliance_desk
AppVersion={#AppVersion}
AppPublisher=alliance_desk
DefaultDirName={autopf}\alliance_desk
DefaultGroupName=alliance_desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputBaseFilename=alliance_desk-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\alliance-desk.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\alliance_desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\alliance_desk"; Filename: "{app}\alliance-desk.exe"
Name: "{autodesktop}\alliance_desk"; Filename: "{app}\alliance-desk.exe"; Tasks: desktopicon

[Registry]
; .alliance -> alliance_desk.Workbook, opened by alliance-desk.exe "%1" (HKA: the user's or
; the machine's classes, as the install is for one user or for all).
Root: HKA; Subkey: "Software\Classes\.alliance"; ValueType: string; ValueName: ""; ValueData: "alliance_desk.Workbook"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.alliance\OpenWithProgids"; ValueType: string; ValueName: "alliance_desk.Workbook"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\alliance_desk.Workbook"; ValueType: string; ValueName: ""; ValueData: "alliance_desk workbook"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\alliance_desk.Workbook\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\alliance-desk.exe,0"
Root: HKA; Subkey: "Software\Classes\alliance_desk.Workbook\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\alliance-desk.exe"" ""%1"""

[Run]
Filename: "{app}\alliance-desk.exe"; Description: "{cm:LaunchProgram,alliance_desk}"; Flags: nowait postinstall skipifsilent
