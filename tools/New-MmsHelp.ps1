<#
.SYNOPSIS
    Writes MAML help for the module's cmdlets from their real parameter metadata and module/help/*.psd1.
.DESCRIPTION
    Syntax, parameter attributes and types come from the built cmdlets (so they cannot drift from the
    code); synopsis, descriptions and examples come from hand-written data files. Fails when a cmdlet has
    no help file, a parameter is undocumented or documented but absent, there are fewer than two examples,
    or a placeholder ("{{") is left.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $HelpSource
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

# Read the metadata in a separate runspace so the caller's session does not end up with the module.
$reader = [powershell]::Create()
try {
    $null = $reader.AddScript({
        param($Path)
        # -WhatIf and -Confirm are documented like any other parameter; only the true common parameters are left to about_CommonParameters.
        $common = [System.Management.Automation.Cmdlet]::CommonParameters
        Import-Module $Path -ErrorAction Stop
        $module = Get-Module MmsPowerShell
        foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
            $command = Get-Command $name
            [pscustomobject]@{
                Name        = $command.Name
                Verb        = $command.Verb
                Noun        = $command.Noun
                OutputTypes = @($command.OutputType | ForEach-Object Name)
                Sets        = @($command.ParameterSets | Sort-Object { -not $_.IsDefault }, Name | ForEach-Object {
                    [pscustomobject]@{
                        Name       = $_.Name
                        Parameters = @($_.Parameters | Where-Object { $common -notcontains $_.Name } | Sort-Object { if ($_.Position -ge 0) { $_.Position } else { 1000 } }, { -not $_.IsMandatory } | ForEach-Object {
                            [pscustomobject]@{
                                Name           = $_.Name
                                Type           = $_.ParameterType.Name
                                IsSwitch       = $_.ParameterType -eq [switch]
                                Mandatory      = $_.IsMandatory
                                Position       = $_.Position
                                ByValue        = $_.ValueFromPipeline
                                ByPropertyName = $_.ValueFromPipelineByPropertyName
                                Aliases        = @($_.Aliases)
                                Wildcards      = [bool]($command.Parameters[$_.Name].Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
                            }
                        })
                    }
                })
            }
        }
    }).AddArgument($ModulePath)
    $cmdlets = $reader.Invoke()
    if ($reader.HadErrors) { throw "Reading cmdlet metadata failed: $($reader.Streams.Error | Out-String)" }
}
finally {
    $reader.Dispose()
}

$commonText = Import-PowerShellDataFile (Join-Path $HelpSource 'CommonParameters.psd1')

function Assert-Text([string] $Text, [string] $Where) {
    if ([string]::IsNullOrWhiteSpace($Text)) { throw "Help: $Where is empty." }
    if ($Text.Contains('{{')) { throw "Help: $Where still has a placeholder: $Text" }
}

function Write-Paragraphs([System.Xml.XmlWriter] $Writer, [string] $Text) {
    $Writer.WriteStartElement('maml', 'description', $maml)
    foreach ($paragraph in ($Text.Trim() -split "\r?\n\s*\r?\n")) {
        $Writer.WriteElementString('maml', 'para', $maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
    }
    $Writer.WriteEndElement()
}

function Get-PipelineInput($Parameter) {
    $kinds = @()
    if ($Parameter.ByValue) { $kinds += 'ByValue' }
    if ($Parameter.ByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Write-Parameter([System.Xml.XmlWriter] $Writer, $Parameter, [string] $Description) {
    $Writer.WriteStartElement('command', 'parameter', $command)
    $Writer.WriteAttributeString('required', $Parameter.Mandatory.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', ($Parameter.Type -like '*[[]]').ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', $Parameter.Wildcards.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineInput $Parameter))
    $Writer.WriteAttributeString('position', $(if ($Parameter.Position -ge 0) { [string]$Parameter.Position } else { 'named' }))
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Name)
    if ($Description) { Write-Paragraphs $Writer $Description }
    if (-not $Parameter.IsSwitch) {
        $Writer.WriteStartElement('command', 'parameterValue', $command)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Parameter.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $dev)
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Type)
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()
}

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

$settings = New-Object System.Xml.XmlWriterSettings
$settings.Indent = $true
$settings.Encoding = New-Object System.Text.UTF8Encoding($false)
$buffer = New-Object System.IO.MemoryStream
$writer = [System.Xml.XmlWriter]::Create($buffer, $settings)
$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', 'http://msh')
$writer.WriteAttributeString('schema', 'maml')

foreach ($cmdlet in $cmdlets) {
    $file = Join-Path $HelpSource "$($cmdlet.Name).psd1"
    if (-not (Test-Path $file)) { throw "Help: $($cmdlet.Name) has no help file ($file)." }
    $help = Import-PowerShellDataFile $file
    foreach ($key in 'Synopsis', 'Description') { Assert-Text $help[$key] "$($cmdlet.Name) $key" }
    if (@($help.Examples).Count -lt 2) { throw "Help: $($cmdlet.Name) needs at least two examples." }

    $seen = @{}
    $allParameters = @(foreach ($set in $cmdlet.Sets) {
        foreach ($parameter in $set.Parameters) {
            if (-not $seen.ContainsKey($parameter.Name)) { $seen[$parameter.Name] = $true; $parameter }
        }
    })
    $descriptions = @{}
    foreach ($parameter in $allParameters) {
        $text = if ($help.Parameters.ContainsKey($parameter.Name)) { $help.Parameters[$parameter.Name] } else { $commonText[$parameter.Name] }
        Assert-Text $text "$($cmdlet.Name) -$($parameter.Name)"
        $descriptions[$parameter.Name] = $text
    }
    foreach ($documented in $help.Parameters.Keys) {
        if (@($allParameters | ForEach-Object Name) -notcontains $documented) { throw "Help: $($cmdlet.Name) documents -$documented, which it does not have." }
    }

    $writer.WriteStartElement('command', 'command', $command)
    $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $writer.WriteStartElement('command', 'details', $command)
    $writer.WriteElementString('command', 'name', $command, $cmdlet.Name)
    $writer.WriteElementString('command', 'verb', $command, $cmdlet.Verb)
    $writer.WriteElementString('command', 'noun', $command, $cmdlet.Noun)
    Write-Paragraphs $writer $help.Synopsis
    $writer.WriteEndElement()
    Write-Paragraphs $writer $help.Description

    $writer.WriteStartElement('command', 'syntax', $command)
    foreach ($set in $cmdlet.Sets) {
        $writer.WriteStartElement('command', 'syntaxItem', $command)
        $writer.WriteElementString('maml', 'name', $maml, $cmdlet.Name)
        foreach ($parameter in $set.Parameters) { Write-Parameter $writer $parameter $null }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'parameters', $command)
    foreach ($parameter in $allParameters) { Write-Parameter $writer $parameter $descriptions[$parameter.Name] }
    $writer.WriteEndElement()

    foreach ($section in @(@('inputTypes', 'inputType', $help.Inputs), @('returnValues', 'returnValue', $help.Outputs))) {
        $writer.WriteStartElement('command', $section[0], $command)
        foreach ($entry in @($section[2])) {
            Assert-Text $entry.Description "$($cmdlet.Name) $($section[1]) $($entry.Type)"
            $writer.WriteStartElement('command', $section[1], $command)
            $writer.WriteStartElement('dev', 'type', $dev)
            $writer.WriteElementString('maml', 'name', $maml, $entry.Type)
            $writer.WriteEndElement()
            Write-Paragraphs $writer $entry.Description
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()
    }

    if ($help.ContainsKey('Notes')) {
        Assert-Text $help.Notes "$($cmdlet.Name) Notes"
        $writer.WriteStartElement('maml', 'alertSet', $maml)
        $writer.WriteStartElement('maml', 'alert', $maml)
        foreach ($paragraph in ($help.Notes.Trim() -split "\r?\n\s*\r?\n")) {
            $writer.WriteElementString('maml', 'para', $maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }

    $writer.WriteStartElement('command', 'examples', $command)
    $number = 0
    foreach ($example in $help.Examples) {
        $number++
        Assert-Text $example.Title "$($cmdlet.Name) example $number title"
        Assert-Text $example.Code "$($cmdlet.Name) example $number code"
        Assert-Text $example.Remarks "$($cmdlet.Name) example $number remarks"
        $writer.WriteStartElement('command', 'example', $command)
        $writer.WriteElementString('maml', 'title', $maml, "---------- Example $($number): $($example.Title) ----------")
        $writer.WriteElementString('dev', 'code', $dev, $example.Code.Trim())
        $writer.WriteStartElement('dev', 'remarks', $dev)
        foreach ($paragraph in ($example.Remarks.Trim() -split "\r?\n\s*\r?\n")) {
            $writer.WriteElementString('maml', 'para', $maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'relatedLinks', $command)
    foreach ($link in @($help.Links)) {
        $writer.WriteStartElement('maml', 'navigationLink', $maml)
        $writer.WriteElementString('maml', 'linkText', $maml, $link)
        $writer.WriteElementString('maml', 'uri', $maml, '')
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
    $writer.WriteEndElement()
}

$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Flush()
$xml = [System.Text.Encoding]::UTF8.GetString($buffer.ToArray())
$writer.Dispose()

# The manifest loads net8.0/ or netstandard2.0/MmsPowerShell.dll as its root module, so the module base
# is the module folder and PowerShell looks for <base>/<culture>/MmsPowerShell.dll-Help.xml for both.
$culture = Join-Path (Split-Path $ModulePath) 'en-US'
New-Item -ItemType Directory -Path $culture -Force | Out-Null
[System.IO.File]::WriteAllText((Join-Path $culture 'MmsPowerShell.dll-Help.xml'), $xml)
