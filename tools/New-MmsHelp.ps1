<#
.SYNOPSIS
    Writes MAML help for the module's cmdlets from their real parameter metadata and module/help/*.psd1.
.DESCRIPTION
    Syntax, parameter attributes (sets, types, Mandatory, Position, pipeline input, aliases, wildcard
    support, switches, accepted values, defaults) come from the built cmdlets, so they cannot drift from
    the code. Synopsis, descriptions, inputs, outputs, notes, examples and links come from hand-written
    PowerShell data files: <HelpSource>/<CmdletName>.psd1, plus <HelpSource>/CommonParameters.psd1 for
    the parameters every cmdlet shares (a cmdlet's own file may override one).

    The module is imported in a child process (dotnet pwsh, started in the repository root so the
    local tool manifest is found). Importing it in the calling session, or in another runspace of the
    same process, would load MmsPowerShell.dll into the caller's process for good: a later import from
    another folder would silently get the first copy, and a rebuilt module would be read stale.

    Text is wrapped for an 80-column terminal (-Width). The generator throws when an exported cmdlet
    has no help file, a help file has an unknown key, a parameter has no description, a documented
    parameter does not exist, a declared output type is not documented, a cmdlet has fewer than two
    examples, an example's code or title would wrap, or any text still contains a placeholder ("{{").

    The MAML is written to <module folder>/en-US/<dll>-Help.xml (the module folder is the folder of
    the manifest, which is the module base PowerShell searches). A second child process then imports the
    module with the new file and checks that Get-Help really shows it.

    The work is split over files in tools/Help: Read-MmsCmdletMetadata.ps1 and Read-MmsHelpAsShown.ps1
    run in the child processes; HelpText.ps1 (checks and wrapping), HelpSource.ps1 (reading and checking
    module/help) and MamlWriter.ps1 (the MAML elements) are dot-sourced here.
.EXAMPLE
    ./tools/New-MmsHelp.ps1 -ModulePath out/MmsPowerShell/MmsPowerShell.psd1 -HelpSource module/help
#>
[CmdletBinding()]
param(
    # The staged module manifest, e.g. out/MmsPowerShell/MmsPowerShell.psd1.
    [Parameter(Mandatory)] [string] $ModulePath,
    # The folder with <CmdletName>.psd1 and CommonParameters.psd1.
    [Parameter(Mandatory)] [string] $HelpSource,
    # The terminal width the text is wrapped for.
    [ValidateRange(60, 200)] [int] $Width = 80
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$HelpSource = (Resolve-Path -LiteralPath $HelpSource).ProviderPath
$repoRoot = Split-Path $PSScriptRoot
$helpTools = Join-Path $PSScriptRoot 'Help'

. (Join-Path $helpTools 'HelpText.ps1')
. (Join-Path $helpTools 'HelpSource.ps1')
. (Join-Path $helpTools 'MamlWriter.ps1')

# Runs tools/Help/<ScriptName> -ModulePath $ModulePath in `dotnet pwsh -NoProfile`, from the repository
# root so that the local tool manifest is found, and returns its stdout parsed as JSON. The scripts
# report a failure on stderr with exit code 1; both end up in the exception.
function Invoke-ChildPwsh([string] $ScriptName, [string] $What) {
    $script = Join-Path $helpTools $ScriptName
    $stderr = [IO.Path]::GetTempFileName()
    Push-Location -LiteralPath $repoRoot
    try {
        $stdout = & dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -File $script -ModulePath $ModulePath 2> $stderr
        $exitCode = $LASTEXITCODE
        $errorText = (Get-Content -LiteralPath $stderr -Raw) -as [string]
    }
    finally {
        Pop-Location
        Remove-Item -LiteralPath $stderr -ErrorAction SilentlyContinue
    }
    if ($exitCode -ne 0) { throw "Help: $What failed in the child process (exit code $exitCode): $errorText" }
    try { ($stdout -join "`n") | ConvertFrom-Json }
    catch { throw "Help: $What returned no readable JSON: $($stdout -join "`n") $errorText" }
}

# An XmlWriter into memory: nothing reaches the disk unless every cmdlet's help is correct.
function New-MamlWriter([System.IO.Stream] $Stream) {
    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $settings.NewLineChars = "`n"
    [System.Xml.XmlWriter]::Create($Stream, $settings)
}

# The <command> elements of all cmdlets. Every cmdlet is checked and all problems are reported
# together, so one build lists everything that needs fixing; the first problem of a kind that
# throws ends the work on that cmdlet only.
function Write-AllCommandElements([System.Xml.XmlWriter] $Writer, $Cmdlets, [string] $HelpSource, [hashtable] $SharedParameterText, $Layout) {
    $problems = [System.Collections.Generic.List[string]]::new()
    foreach ($cmdlet in $Cmdlets) {
        try {
            $cmdletHelp = Get-CmdletHelp $cmdlet $HelpSource $SharedParameterText $problems
            Write-CommandElement $Writer $cmdletHelp $Layout
        }
        catch {
            $problems.Add($_.Exception.Message)
        }
    }
    if ($problems.Count) {
        throw "Help: $($problems.Count) problem(s), no help written:`n  " + ($problems -join "`n  ")
    }
}

# The whole MAML document as text, checked to be well-formed XML.
function New-MamlDocument($Cmdlets, [string] $HelpSource, [hashtable] $SharedParameterText, $Layout) {
    $buffer = [System.IO.MemoryStream]::new()
    $writer = New-MamlWriter $buffer
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    Write-AllCommandElements $writer $Cmdlets $HelpSource $SharedParameterText $Layout
    $writer.WriteEndElement()
    $writer.WriteEndDocument()
    $writer.Flush()
    $xml = [System.Text.Encoding]::UTF8.GetString($buffer.ToArray())
    $writer.Dispose()
    $null = [xml] $xml   # well-formed, or throw
    $xml
}

# PowerShell looks for a binary module's cmdlet help as <module base>/<culture>/<HelpFile>, where the
# module base is the manifest's folder; en-US is also the fallback for every other UI culture.
function Get-MamlPath($Cmdlets) {
    $helpFiles = @($Cmdlets | ForEach-Object HelpFile | Select-Object -Unique)
    if ($helpFiles.Count -ne 1) { throw "Help: the cmdlets name different help files: $($helpFiles -join ', ')." }
    Join-Path (Join-Path $Cmdlets[0].ModuleBase 'en-US') $helpFiles[0]
}

function Save-Maml([string] $Path, [string] $Xml) {
    New-Item -ItemType Directory -Path (Split-Path $Path) -Force | Out-Null
    [System.IO.File]::WriteAllText($Path, $Xml, [System.Text.UTF8Encoding]::new($false))
}

# Get-Help silently falls back to bare syntax when it cannot find or parse the MAML, so a fresh
# process must show each cmdlet's hand-written synopsis (compared with white space collapsed,
# because the synopsis is wrapped).
function Assert-GetHelpShowsMaml([string] $MamlPath, [string] $HelpSource) {
    foreach ($shown in @(Invoke-ChildPwsh 'Read-MmsHelpAsShown.ps1' 'Checking the help with Get-Help')) {
        $expected = ((Import-PowerShellDataFile -LiteralPath (Join-Path $HelpSource "$($shown.Name).psd1")).Synopsis -replace '\s+', ' ').Trim()
        if ((($shown.Synopsis -replace '\s+', ' ').Trim()) -ne $expected) {
            throw "Help: Get-Help $($shown.Name) does not show the generated help from $MamlPath (synopsis: $($shown.Synopsis))."
        }
    }
}

$cmdlets = @(Invoke-ChildPwsh 'Read-MmsCmdletMetadata.ps1' 'Reading the cmdlet metadata')
if (-not $cmdlets) { throw "Help: $ModulePath exports no cmdlets." }
$sharedParameterText = Read-SharedParameterText $HelpSource
Write-OrphanHelpFileWarning $HelpSource @($cmdlets | ForEach-Object Name)

$xml = New-MamlDocument $cmdlets $HelpSource $sharedParameterText (New-HelpLayout $Width)
$mamlPath = Get-MamlPath $cmdlets
Save-Maml $mamlPath $xml
Assert-GetHelpShowsMaml $mamlPath $HelpSource
Write-Verbose "Help: wrote $mamlPath for $($cmdlets.Count) cmdlets."
