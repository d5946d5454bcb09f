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

# ---------------------------------------------------------------------------------------------------
# Child processes
# ---------------------------------------------------------------------------------------------------

# Runs a script in `dotnet pwsh -NoProfile` from the repository root and returns its stdout parsed as JSON.
function Invoke-ChildPwsh([string] $Script, [string] $What) {
    $prologue = @"
`$ErrorActionPreference = 'Stop'
`$ModulePath = '$($ModulePath -replace "'", "''")'
`$ProgressPreference = 'SilentlyContinue'
"@
    $body = "$prologue`ntry {`n$Script`n} catch { [Console]::Error.WriteLine(`$_.ToString() + [Environment]::NewLine + `$_.ScriptStackTrace); exit 1 }"
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($body))
    $stderr = [IO.Path]::GetTempFileName()
    Push-Location -LiteralPath $repoRoot
    try {
        $stdout = & dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -EncodedCommand $encoded 2> $stderr
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

$readMetadata = @'
$common = [System.Management.Automation.Cmdlet]::CommonParameters

function Get-FriendlyTypeName([type] $Type, [switch] $Full) {
    if ($Type.IsArray) { return (Get-FriendlyTypeName $Type.GetElementType() -Full:$Full) + '[]' }
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { return Get-FriendlyTypeName $underlying -Full:$Full }
    $name = if ($Full) { '{0}.{1}' -f $Type.Namespace, $Type.Name } else { $Type.Name }
    if ($Type.IsGenericType) {
        $arguments = @($Type.GetGenericArguments() | ForEach-Object { Get-FriendlyTypeName $_ -Full:$Full })
        $name = ($name -replace '`\d+$') + '[' + ($arguments -join ', ') + ']'
    }
    $name
}

function Get-ValidValues($Parameter) {
    $set = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
    if ($set) { return @($set.ValidValues) }
    $type = $Parameter.ParameterType
    if ($type.IsArray) { $type = $type.GetElementType() }
    $underlying = [Nullable]::GetUnderlyingType($type)
    if ($underlying) { $type = $underlying }
    if ($type.IsEnum) { return @([Enum]::GetNames($type)) }
    @()
}

# The value a parameter has when it is not given, read from a fresh instance of the cmdlet class.
# Only values a reader can use are reported: null, zero, false, empty collections and enum zero are "None".
function Get-DefaultText($Instance, [string] $Name) {
    if ($null -eq $Instance) { return $null }
    $property = $Instance.GetType().GetProperty($Name)
    if (-not $property) { return $null }
    $value = $property.GetValue($Instance)
    if ($null -eq $value) { return $null }
    if ($value -is [System.Management.Automation.SwitchParameter]) { return $null }
    if ($value -is [string]) { if ($value) { return $value } else { return $null } }
    if ($value -is [System.Collections.IEnumerable]) {
        $items = @($value)
        if ($items.Count -eq 0) { return $null }
        return ($items -join ', ')
    }
    if ($value.GetType().IsValueType -and $value.Equals([Activator]::CreateInstance($value.GetType()))) { return $null }
    [string] $value
}

$module = Import-Module $ModulePath -PassThru -Force | Select-Object -First 1
$result = foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
    $command = Get-Command $name -Module $module.Name
    $instance = $null
    try { $instance = [Activator]::CreateInstance($command.ImplementingType) } catch { $instance = $null }
    $helpFile = if ($command.HelpFile) { $command.HelpFile } else { [IO.Path]::GetFileName($command.ImplementingType.Assembly.Location) + '-Help.xml' }
    $sets = @($command.ParameterSets | Sort-Object { -not $_.IsDefault } -Stable)
    $parameters = [ordered]@{}
    foreach ($set in $sets) {
        foreach ($parameter in $set.Parameters) {
            if ($common -contains $parameter.Name -or $parameters.Contains($parameter.Name)) { continue }
            $metadata = $command.Parameters[$parameter.Name]
            $parameters[$parameter.Name] = [pscustomobject]@{
                Name         = $parameter.Name
                Type         = Get-FriendlyTypeName $parameter.ParameterType
                TypeFullName = Get-FriendlyTypeName $parameter.ParameterType -Full
                IsSwitch     = $parameter.ParameterType -eq [switch]
                IsArray      = $parameter.ParameterType.IsArray
                Aliases      = @($parameter.Aliases)
                Wildcards    = [bool]($metadata.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
                ValidValues  = @(Get-ValidValues $metadata)
                Default      = Get-DefaultText $instance $parameter.Name
            }
        }
    }
    if ($instance -is [IDisposable]) { $instance.Dispose() }
    [pscustomobject]@{
        Name        = $command.Name
        Verb        = $command.Verb
        Noun        = $command.Noun
        ModuleBase  = $module.ModuleBase
        HelpFile    = $helpFile
        OutputTypes = @($command.OutputType | ForEach-Object { if ($_.Type) { $_.Type.FullName } else { $_.Name } })
        Parameters  = @($parameters.Values)
        Sets        = @($sets | ForEach-Object {
            [pscustomobject]@{
                Name       = $_.Name
                IsDefault  = $_.IsDefault
                Parameters = @($_.Parameters | Where-Object { $common -notcontains $_.Name } | ForEach-Object {
                    [pscustomobject]@{
                        Name           = $_.Name
                        Mandatory      = $_.IsMandatory
                        Position       = $_.Position
                        ByValue        = $_.ValueFromPipeline
                        ByPropertyName = $_.ValueFromPipelineByPropertyName
                    }
                })
            }
        })
    }
}
ConvertTo-Json -InputObject @($result) -Depth 8 -Compress
'@

$checkHelp = @'
Import-Module $ModulePath -Force
$module = Get-Module ([IO.Path]::GetFileNameWithoutExtension($ModulePath)) | Select-Object -First 1
$result = foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
    $help = Get-Help $name -Full
    [pscustomobject]@{
        Name       = $name
        Synopsis   = [string] $help.Synopsis
        Examples   = @($help.examples.example | Where-Object { $_ }).Count
        Parameters = @($help.parameters.parameter | Where-Object { $_ } | ForEach-Object { [string] $_.name })
    }
}
ConvertTo-Json -InputObject @($result) -Depth 4 -Compress
'@

# ---------------------------------------------------------------------------------------------------
# Text checks and layout
# ---------------------------------------------------------------------------------------------------

function Assert-Text([object] $Text, [string] $Where) {
    if ($Text -isnot [string] -or [string]::IsNullOrWhiteSpace($Text)) { throw "Help: $Where is missing or empty." }
    if ($Text.Contains('{{')) { throw "Help: $Where still has a placeholder: $Text" }
}

function Assert-Keys([hashtable] $Table, [string[]] $Allowed, [string] $Where) {
    foreach ($key in $Table.Keys) {
        if ($Allowed -notcontains $key) { throw "Help: $Where has an unknown key '$key' (allowed: $($Allowed -join ', '))." }
    }
}

# Greedy word wrap of one paragraph; a word longer than the width gets a line of its own.
function Format-Wrapped([string] $Text, [int] $TextWidth, [string] $HangingIndent = '') {
    $lines = [System.Collections.Generic.List[string]]::new()
    $line = ''
    foreach ($word in ($Text.Trim() -split '\s+')) {
        if ($line -and ($line.Length + 1 + $word.Length) -gt $TextWidth) {
            $lines.Add($line)
            $line = $HangingIndent + $word
        }
        elseif ($line) { $line += ' ' + $word }
        else { $line = $word }
    }
    if ($line) { $lines.Add($line) }
    $lines -join "`n"
}

# Splits hand-written text into paragraphs (blank-line separated) laid out for $TextWidth columns:
# ordinary paragraphs are re-flowed; "- " lists keep one item per line with a hanging indent;
# paragraphs whose lines are all indented by two or more spaces are kept verbatim.
function Get-Paragraphs([string] $Text, [int] $TextWidth, [string] $Where) {
    foreach ($paragraph in ($Text.Trim("`r", "`n") -split '\r?\n[ \t]*\r?\n')) {
        $lines = @($paragraph -split '\r?\n' | Where-Object { $_.Trim() })
        if (-not $lines) { continue }
        if (@($lines | Where-Object { $_ -notmatch '^  ' }).Count -eq 0) {
            $indent = ($lines | ForEach-Object { ($_ -replace '^( *).*', '$1').Length } | Measure-Object -Minimum).Minimum
            $verbatim = @($lines | ForEach-Object { $_.Substring($indent).TrimEnd() })
            foreach ($line in $verbatim) {
                if ($line.Length -gt $TextWidth) { throw "Help: $Where has a preformatted line longer than $TextWidth characters: $line" }
            }
            $verbatim -join "`n"
        }
        elseif ($lines[0] -match '^\s*- ') {
            $items = [System.Collections.Generic.List[string]]::new()
            foreach ($line in $lines) {
                if ($line -match '^\s*- ') { $items.Add($line.Trim()) } else { $items[$items.Count - 1] += ' ' + $line.Trim() }
            }
            ($items | ForEach-Object { Format-Wrapped $_ $TextWidth '  ' }) -join "`n"
        }
        else {
            Format-Wrapped ($lines -join ' ') $TextWidth
        }
    }
}

# ---------------------------------------------------------------------------------------------------
# MAML writing
# ---------------------------------------------------------------------------------------------------

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$commandNs = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

# Get-Help indents: section text by 4 columns, parameter/input/output descriptions and notes by 8.
# One column is kept free so a full line does not make the terminal wrap on its own.
$wide = $Width - 1 - 4
$narrow = $Width - 1 - 8

function Write-Paras([System.Xml.XmlWriter] $Writer, [string] $Text, [int] $TextWidth, [string] $Where, [string] $Element = 'description', [string] $Namespace = $maml, [switch] $TrailingBlank) {
    $Writer.WriteStartElement($Element, $Namespace)
    foreach ($paragraph in (Get-Paragraphs $Text $TextWidth $Where)) {
        $Writer.WriteElementString('para', $maml, $paragraph)
    }
    if ($TrailingBlank) { $Writer.WriteElementString('para', $maml, '') }
    $Writer.WriteEndElement()
}

# One attribute value for a parameter whose setting may differ between parameter sets,
# e.g. "true" or "true (ById), false (List)".
function Join-PerSet($Values) {
    $distinct = @($Values | ForEach-Object Value | Select-Object -Unique)
    if ($distinct.Count -le 1) { return [string] $distinct[0] }
    (@($distinct | ForEach-Object {
        $value = $_
        '{0} ({1})' -f $value, (@($Values | Where-Object Value -eq $value | ForEach-Object Set) -join ', ')
    })) -join ', '
}

function Get-PipelineText($Usage) {
    $kinds = @()
    if ($Usage.ByValue) { $kinds += 'ByValue' }
    if ($Usage.ByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Get-PositionText($Usage) { if ($Usage.Position -ge 0) { [string] $Usage.Position } else { 'named' } }

function Write-ParameterElement([System.Xml.XmlWriter] $Writer, $Parameter, $Usages, [string] $Description, [string] $Where) {
    $pipelineUsages = @($Usages | Where-Object { $_.ByValue -or $_.ByPropertyName })
    $pipeline = 'False'
    if ($pipelineUsages) {
        $kinds = @(foreach ($kind in 'ByValue', 'ByPropertyName') { if (@($pipelineUsages | Where-Object $kind)) { $kind } })
        $pipeline = "True ($($kinds -join ', ')"
        if ($pipelineUsages.Count -lt @($Usages).Count) { $pipeline += "; parameter set $(@($pipelineUsages | ForEach-Object Set) -join ', ')" }
        $pipeline += ')'
    }

    $Writer.WriteStartElement('parameter', $commandNs)
    $Writer.WriteAttributeString('required', (Join-PerSet @($Usages | ForEach-Object { @{ Value = ([string]$_.Mandatory).ToLowerInvariant(); Set = $_.Set } })))
    $Writer.WriteAttributeString('variableLength', ([string]$Parameter.IsArray).ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', ([string]$Parameter.Wildcards).ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $pipeline)
    $Writer.WriteAttributeString('position', (Join-PerSet @($Usages | ForEach-Object { @{ Value = Get-PositionText $_; Set = $_.Set } })))
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('name', $maml, $Parameter.Name)
    $text = $Description
    $values = @($Parameter.ValidValues)
    if ($values -and @($values | Where-Object { $Description -notmatch [regex]::Escape($_) })) {
        $text += "`n`nAccepted values: " + ($values -join ', ') + '.'
    }
    Write-Paras $Writer $text $narrow $Where
    if (-not $Parameter.IsSwitch) {
        $Writer.WriteStartElement('parameterValue', $commandNs)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', ([string]$Parameter.IsArray).ToLowerInvariant())
        $Writer.WriteString($Parameter.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('type', $dev)
    $Writer.WriteElementString('name', $maml, $Parameter.TypeFullName)
    $Writer.WriteEndElement()
    $default = if ($null -ne $Parameter.Default) { [string] $Parameter.Default } elseif ($Parameter.IsSwitch) { 'False' } else { 'None' }
    $Writer.WriteElementString('defaultValue', $dev, $default)
    $Writer.WriteEndElement()
}

function Write-SyntaxParameter([System.Xml.XmlWriter] $Writer, $Parameter, $Usage) {
    $Writer.WriteStartElement('parameter', $commandNs)
    $Writer.WriteAttributeString('required', ([string]$Usage.Mandatory).ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', ([string]$Parameter.IsArray).ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', ([string]$Parameter.Wildcards).ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineText $Usage))
    $Writer.WriteAttributeString('position', (Get-PositionText $Usage))
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('name', $maml, $Parameter.Name)
    if (-not $Parameter.IsSwitch) {
        if (@($Parameter.ValidValues)) {
            $Writer.WriteStartElement('parameterValueGroup', $commandNs)
            foreach ($value in $Parameter.ValidValues) {
                $Writer.WriteStartElement('parameterValue', $commandNs)
                $Writer.WriteAttributeString('required', 'false')
                $Writer.WriteAttributeString('variableLength', 'false')
                $Writer.WriteString($value)
                $Writer.WriteEndElement()
            }
            $Writer.WriteEndElement()
        }
        else {
            $Writer.WriteStartElement('parameterValue', $commandNs)
            $Writer.WriteAttributeString('required', 'true')
            $Writer.WriteAttributeString('variableLength', ([string]$Parameter.IsArray).ToLowerInvariant())
            $Writer.WriteString($Parameter.Type)
            $Writer.WriteEndElement()
        }
    }
    $Writer.WriteEndElement()
}

# ---------------------------------------------------------------------------------------------------
# Read, check, write
# ---------------------------------------------------------------------------------------------------

$cmdlets = @(Invoke-ChildPwsh $readMetadata 'Reading the cmdlet metadata')
if (-not $cmdlets) { throw "Help: $ModulePath exports no cmdlets." }

$commonFile = Join-Path $HelpSource 'CommonParameters.psd1'
if (-not (Test-Path -LiteralPath $commonFile)) { throw "Help: $commonFile is missing." }
$commonText = Import-PowerShellDataFile -LiteralPath $commonFile
foreach ($key in $commonText.Keys) { Assert-Text $commonText[$key] "CommonParameters.psd1 -$key" }

$helpKeys = 'Synopsis', 'Description', 'Parameters', 'Inputs', 'Outputs', 'Notes', 'Examples', 'Links'
$exportedNames = @($cmdlets | ForEach-Object Name)
foreach ($orphan in (Get-ChildItem -LiteralPath $HelpSource -Filter '*-*.psd1' | Where-Object { $exportedNames -notcontains $_.BaseName })) {
    Write-Warning "Help: $($orphan.Name) documents no exported cmdlet."
}

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$settings.NewLineChars = "`n"
$buffer = [System.IO.MemoryStream]::new()
$writer = [System.Xml.XmlWriter]::Create($buffer, $settings)
$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', 'http://msh')
$writer.WriteAttributeString('schema', 'maml')

# Every cmdlet is checked, and all problems are reported together.
$problems = [System.Collections.Generic.List[string]]::new()
foreach ($cmdlet in $cmdlets) {
    try {
        $name = $cmdlet.Name
        $file = Join-Path $HelpSource "$name.psd1"
        if (-not (Test-Path -LiteralPath $file)) { throw "Help: $name has no help file ($file)." }
        $help = Import-PowerShellDataFile -LiteralPath $file
        Assert-Keys $help $helpKeys $file
        foreach ($key in 'Synopsis', 'Description') { Assert-Text $help[$key] "$name $key" }
        $ownText = if ($help.ContainsKey('Parameters')) { $help.Parameters } else { @{} }
        if ($ownText -isnot [hashtable]) { throw "Help: $name Parameters must be a hashtable of parameter name = 'text'." }

        # Parameters: positional first, then mandatory, then the cmdlet's own before the shared ones, each in declaration order.
        $usages = @{}
        foreach ($set in $cmdlet.Sets) {
            foreach ($usage in $set.Parameters) {
                if (-not $usages.ContainsKey($usage.Name)) { $usages[$usage.Name] = @() }
                $usages[$usage.Name] += [pscustomobject]@{
                    Set = $set.Name; Mandatory = $usage.Mandatory; Position = $usage.Position
                    ByValue = $usage.ByValue; ByPropertyName = $usage.ByPropertyName
                }
            }
        }
        $index = 0
        $ordered = @($cmdlet.Parameters | ForEach-Object {
            $u = $usages[$_.Name]
            $positions = @($u | Where-Object Position -ge 0 | ForEach-Object Position)
            [pscustomobject]@{
                Parameter = $_
                Key1      = if ($positions) { ($positions | Measure-Object -Minimum).Minimum } else { 1000 }
                Key2      = if (@($u | Where-Object Mandatory)) { 0 } else { 1 }
                Key3      = if ($ownText.ContainsKey($_.Name)) { 0 } else { 1 }
                Key4      = $index++
            }
        } | Sort-Object Key1, Key2, Key3, Key4 | ForEach-Object Parameter)

        $descriptions = @{}
        foreach ($parameter in $ordered) {
            $text = if ($ownText.ContainsKey($parameter.Name)) { $ownText[$parameter.Name] } else { $commonText[$parameter.Name] }
            # Parameter problems are collected rather than thrown, so one run lists them all.
            if ($null -eq $text) { $problems.Add("Help: $name -$($parameter.Name) has no description (add it to $file or CommonParameters.psd1)."); continue }
            try { Assert-Text $text "$name -$($parameter.Name)" } catch { $problems.Add($_.Exception.Message); continue }
            $descriptions[$parameter.Name] = $text
        }
        foreach ($documented in $ownText.Keys) {
            if (@($ordered | ForEach-Object Name) -notcontains $documented) { $problems.Add("Help: $file documents -$documented, which $name does not have.") }
        }

        $examples = @($help.Examples | Where-Object { $null -ne $_ })
        if ($examples.Count -lt 2) { throw "Help: $name needs at least two examples (has $($examples.Count))." }
        $inputs = @($help.Inputs | Where-Object { $null -ne $_ })
        $outputs = @($help.Outputs | Where-Object { $null -ne $_ })
        foreach ($type in $cmdlet.OutputTypes) {
            if (-not @($outputs | Where-Object { $_ -is [hashtable] -and ($_.Type -eq $type -or $type.EndsWith(".$($_.Type)")) })) {
                throw "Help: $name declares the output type $type, which its Outputs do not describe."
            }
        }

        $writer.WriteStartElement('command', 'command', $commandNs)
        $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
        $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)
        $writer.WriteStartElement('details', $commandNs)
        $writer.WriteElementString('name', $commandNs, $name)
        $writer.WriteElementString('verb', $commandNs, $cmdlet.Verb)
        $writer.WriteElementString('noun', $commandNs, $cmdlet.Noun)
        Write-Paras $writer $help.Synopsis $wide "$name Synopsis"
        $writer.WriteEndElement()
        Write-Paras $writer $help.Description $wide "$name Description"

        $writer.WriteStartElement('syntax', $commandNs)
        foreach ($set in $cmdlet.Sets) {
            $writer.WriteStartElement('syntaxItem', $commandNs)
            $writer.WriteElementString('name', $maml, $name)
            $i = 0
            $inSet = @($set.Parameters | ForEach-Object {
                [pscustomobject]@{ Usage = $_; Key1 = $(if ($_.Position -ge 0) { $_.Position } else { 1000 }); Key2 = [int](-not $_.Mandatory); Key3 = $i++ }
            } | Sort-Object Key1, Key2, Key3 | ForEach-Object Usage)
            foreach ($usage in $inSet) {
                Write-SyntaxParameter $writer ($cmdlet.Parameters | Where-Object Name -eq $usage.Name) $usage
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('parameters', $commandNs)
        foreach ($parameter in $ordered) {
            Write-ParameterElement $writer $parameter $usages[$parameter.Name] $descriptions[$parameter.Name] "$name -$($parameter.Name)"
        }
        $writer.WriteEndElement()

        foreach ($section in @(@('inputTypes', 'inputType', 'Inputs', $inputs), @('returnValues', 'returnValue', 'Outputs', $outputs))) {
            $writer.WriteStartElement($section[0], $commandNs)
            $entries = @($section[3])
            if (-not $entries) {
                if ($section[2] -eq 'Inputs') { $entries = @(@{ Type = 'None'; Description = 'You cannot pipe objects to this cmdlet.' }) }
                else { $entries = @(@{ Type = 'None'; Description = 'This cmdlet writes no objects.' }) }
            }
            foreach ($entry in $entries) {
                if ($entry -isnot [hashtable]) { throw "Help: $name $($section[2]) entries must be @{ Type = ...; Description = ... }." }
                Assert-Keys $entry @('Type', 'Description') "$name $($section[2])"
                Assert-Text $entry.Type "$name $($section[2]) type"
                Assert-Text $entry.Description "$name $($section[2]) $($entry.Type)"
                $writer.WriteStartElement($section[1], $commandNs)
                $writer.WriteStartElement('type', $dev)
                $writer.WriteElementString('name', $maml, $entry.Type)
                $writer.WriteEndElement()
                Write-Paras $writer $entry.Description $narrow "$name $($section[2]) $($entry.Type)"
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()
        }

        if ($help.ContainsKey('Notes')) {
            Assert-Text $help.Notes "$name Notes"
            $writer.WriteStartElement('alertSet', $maml)
            Write-Paras $writer $help.Notes $narrow "$name Notes" -Element 'alert'
            $writer.WriteEndElement()
        }

        $writer.WriteStartElement('examples', $commandNs)
        $number = 0
        foreach ($example in $examples) {
            $number++
            $where = "$name example $number"
            if ($example -isnot [hashtable]) { throw "Help: $where must be @{ Title; Code; Remarks }." }
            Assert-Keys $example @('Title', 'Code', 'Remarks') $where
            foreach ($key in 'Title', 'Code', 'Remarks') { Assert-Text $example[$key] "$where $key" }
            $title = "Example $($number): $($example.Title.Trim())"
            if ($title.Length + 6 -gt $wide) { throw "Help: $where title is too long for $Width columns (at most $($wide - 6 - $title.Length + $example.Title.Trim().Length) characters): $($example.Title)" }
            $dashes = '-' * [Math]::Min(26, [Math]::Floor(($wide - $title.Length - 2) / 2))
            $code = ($example.Code.Trim("`r", "`n") -split '\r?\n' | ForEach-Object TrimEnd) -join "`n"
            foreach ($line in ($code -split "`n")) {
                if ($line.Length -gt $Width - 4) { throw "Help: $where has a code line longer than $($Width - 4) characters (it would wrap in $Width columns): $line" }
            }
            $writer.WriteStartElement('example', $commandNs)
            $writer.WriteElementString('title', $maml, "$dashes $title $dashes")
            $writer.WriteElementString('code', $dev, $code)
            Write-Paras $writer $example.Remarks $wide "$where Remarks" -Element 'remarks' -Namespace $dev -TrailingBlank
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()

        $writer.WriteStartElement('relatedLinks', $commandNs)
        foreach ($link in @($help.Links | Where-Object { $null -ne $_ })) {
            $text = if ($link -is [hashtable]) { Assert-Keys $link @('Text', 'Uri') "$name Links"; $link.Text } else { $link }
            $uri = if ($link -is [hashtable]) { [string] $link.Uri } else { '' }
            Assert-Text $text "$name link"
            if ($uri.Contains('{{')) { throw "Help: $name link $text still has a placeholder." }
            $writer.WriteStartElement('navigationLink', $maml)
            $writer.WriteElementString('linkText', $maml, $text)
            $writer.WriteElementString('uri', $maml, $uri)
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()

    }
    catch {
        $problems.Add($_.Exception.Message)
    }
}
if ($problems.Count) {
    throw "Help: $($problems.Count) problem(s), no help written:`n  " + ($problems -join "`n  ")
}

$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Flush()
$xml = [System.Text.Encoding]::UTF8.GetString($buffer.ToArray())
$writer.Dispose()
$null = [xml] $xml   # well-formed, or throw

# PowerShell looks for a binary module's cmdlet help as <module base>/<culture>/<HelpFile>, where the
# module base is the manifest's folder even though the cmdlets live in net8.0/ or netstandard2.0/;
# en-US is also the fallback for every other UI culture.
$helpFiles = @($cmdlets | ForEach-Object HelpFile | Select-Object -Unique)
if ($helpFiles.Count -ne 1) { throw "Help: the cmdlets name different help files: $($helpFiles -join ', ')." }
$culture = Join-Path $cmdlets[0].ModuleBase 'en-US'
$target = Join-Path $culture $helpFiles[0]
New-Item -ItemType Directory -Path $culture -Force | Out-Null
[System.IO.File]::WriteAllText($target, $xml, [System.Text.UTF8Encoding]::new($false))

# Prove that Get-Help finds and parses the file: it silently falls back to bare syntax otherwise.
foreach ($seen in @(Invoke-ChildPwsh $checkHelp 'Checking the help with Get-Help')) {
    $expected = ((Import-PowerShellDataFile -LiteralPath (Join-Path $HelpSource "$($seen.Name).psd1")).Synopsis -replace '\s+', ' ').Trim()
    if ((($seen.Synopsis -replace '\s+', ' ').Trim()) -ne $expected) {
        throw "Help: Get-Help $($seen.Name) does not show the generated help from $target (synopsis: $($seen.Synopsis))."
    }
}
Write-Verbose "Help: wrote $target for $($cmdlets.Count) cmdlets."
