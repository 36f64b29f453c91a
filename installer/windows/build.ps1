# Builds AI Venture Workbook for Windows with the JDK's jlink and jpackage: a trimmed runtime, the app image
# and the .msi, with the icon, a Start menu entry, a desktop shortcut, the .aivw file type and a console
# launcher (ai-venture-workbook.exe) for the command line.
# NOT YET VERIFIED ON WINDOWS: written with the same steps as installer/linux/build.sh, which is.
#
# Usage (PowerShell, from anywhere): installer\windows\build.ps1 [-Type app-image|msi|all]
#   $env:SKIP_MAVEN = "1"   use target\ai-venture-workbook.jar as it is
# Needs: JDK 17 (jlink, jpackage), Maven, and for the .msi the WiX Toolset 3 (candle.exe, light.exe on PATH).
# Output in target\installer\: "AI Venture Workbook\" (app image), "AI Venture Workbook-VERSION.msi"
param([ValidateSet('app-image', 'msi', 'all')] [string] $Type = 'all')
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

function Invoke-Checked([string] $Program, [string[]] $Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

$name = 'AI Venture Workbook'
$version = ([xml] (Get-Content pom.xml -Raw)).project.version
# jpackage and Windows Installer want a plain numeric version; a -SNAPSHOT never ships.
if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "pom version '$version' is not numeric (1.2.3)" }

if ($env:SKIP_MAVEN -ne '1') { Invoke-Checked mvn @('-B', '-q', 'package', '-DskipTests') }
$jar = 'target\ai-venture-workbook.jar'
if (-not (Test-Path $jar)) { throw "$jar is missing: run mvn -B package -DskipTests" }

$out = 'target\installer'
$inputDir = "$out\input"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force $inputDir | Out-Null

# 1. The jar without other platforms' native libraries; JavaFX's and sqlite-jdbc's for Windows beside it.
Invoke-Checked java @('-cp', $jar, 'installer\TrimJar.java', $jar, $inputDir)

# 2. The runtime: the JDK modules the app uses (jdeps), java.desktop for JavaFX's Swing bridge and AWT,
#    jdk.localedata for Chinese dates and numbers. JavaFX itself rides in the app's jar and libraries.
$deps = (& jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$inputDir\ai-venture-workbook.jar").Trim()
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
$modules = "$deps,java.desktop,jdk.localedata"
Write-Host "runtime modules: $modules"

$appOptions = @('--name', $name, '--app-version', $version, '--vendor', 'AI Venture Workbook',
    '--description', 'Offline workbook for founders of AI large-model startups', '--copyright', 'AI Venture Workbook')

# An AppCDS archive is bound to the jar's path, and an .msi can be installed into any folder: Windows gets the
# runtime's own class-data sharing (--generate-cds-archive) but no archive of the app's classes yet. One C1
# compiler thread and no C2, as on Linux (installer/linux/build.sh says why).
Invoke-Checked jpackage (@('--type', 'app-image') + $appOptions + @(
    '--java-options', '-Dorg.sqlite.lib.path=$APPDIR',
    '--java-options', '-XX:TieredStopAtLevel=1',
    '--java-options', '-XX:CICompilerCount=1',
    '--input', $inputDir, '--main-jar', 'ai-venture-workbook.jar', '--main-class', 'org.aiventure.workbook.Launcher',
    '--icon', 'assets\icons\app-icon.ico',
    '--add-modules', $modules,
    '--jlink-options', '--strip-debug --no-man-pages --no-header-files --include-locales=en,zh --generate-cds-archive',
    '--add-launcher', 'ai-venture-workbook=installer\windows\console-launcher.properties',
    '--dest', $out))
$image = "$out\$name"
$size = [math]::Round((Get-ChildItem -Recurse $image | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "app image: $image ($size MB)"

if ($Type -eq 'msi' -or $Type -eq 'all') {
    # A fixed upgrade code, so a newer .msi replaces the installed version instead of sitting beside it.
    Invoke-Checked jpackage (@('--type', 'msi') + $appOptions + @(
        '--app-image', $image,
        '--icon', 'assets\icons\app-icon.ico',
        '--file-associations', 'installer\windows\aivw.properties',
        '--win-menu', '--win-menu-group', $name, '--win-shortcut', '--win-dir-chooser',
        '--win-upgrade-uuid', '5b0b6a53-3f5e-4c1e-9d0a-6f1f3a7c2e41',
        '--dest', $out))
    Get-ChildItem "$out\*.msi" | ForEach-Object { Write-Host "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
}
