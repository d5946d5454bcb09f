# Reading and checking the hand-written help (module/help/*.psd1) against a cmdlet's metadata, for
# tools/New-MmsHelp.ps1, which dot-sources this file after HelpText.ps1.
#
# Functions that find a problem throw it, which ends the work on that cmdlet. Undocumented and unknown
# parameters are instead added to a list, so that one run reports every one of them.

$HelpFileKeys = 'Synopsis', 'Description', 'Parameters', 'Inputs', 'Outputs', 'Notes', 'Examples', 'Links'

# The position a parameter without one sorts at: after every positional parameter.
$NamedParameterPosition = 1000

# CommonParameters.psd1: the descriptions of the parameters every cmdlet shares, by parameter name.
function Read-SharedParameterText([string] $HelpSource) {
    $file = Join-Path $HelpSource 'CommonParameters.psd1'
    if (-not (Test-Path -LiteralPath $file)) { throw "Help: $file is missing." }
    $text = Import-PowerShellDataFile -LiteralPath $file
    foreach ($key in $text.Keys) { Assert-Text $text[$key] "CommonParameters.psd1 -$key" }
    $text
}

# A help file for a cmdlet the module does not export is probably left over from a rename.
function Write-OrphanHelpFileWarning([string] $HelpSource, [string[]] $CmdletNames) {
    foreach ($orphan in (Get-ChildItem -LiteralPath $HelpSource -Filter '*-*.psd1' | Where-Object { $CmdletNames -notcontains $_.BaseName })) {
        Write-Warning "Help: $($orphan.Name) documents no exported cmdlet."
    }
}

# <HelpSource>/<Name>.psd1, with its required texts checked.
# ParameterText is the file's Parameters table (parameter name = description), empty when it has none.
function Read-CmdletHelpFile([string] $Name, [string] $HelpSource) {
    $file = Join-Path $HelpSource "$Name.psd1"
    if (-not (Test-Path -LiteralPath $file)) { throw "Help: $Name has no help file ($file)." }
    $help = Import-PowerShellDataFile -LiteralPath $file
    Assert-KnownKey $help $HelpFileKeys $file
    foreach ($key in 'Synopsis', 'Description') { Assert-Text $help[$key] "$Name $key" }
    $parameterText = if ($help.ContainsKey('Parameters')) { $help.Parameters } else { @{} }
    if ($parameterText -isnot [hashtable]) { throw "Help: $Name Parameters must be a hashtable of parameter name = 'text'." }
    [pscustomobject]@{ File = $file; Help = $help; ParameterText = $parameterText }
}

# For each parameter name, its settings in every parameter set that has it (Set, Mandatory, Position,
# ByValue, ByPropertyName): the PARAMETERS section shows where they differ between sets.
function Get-ParameterUsageBySet($Cmdlet) {
    $usages = @{}
    foreach ($set in $Cmdlet.Sets) {
        foreach ($usage in $set.Parameters) {
            if (-not $usages.ContainsKey($usage.Name)) { $usages[$usage.Name] = @() }
            $usages[$usage.Name] += [pscustomobject]@{
                Set = $set.Name; Mandatory = $usage.Mandatory; Position = $usage.Position
                ByValue = $usage.ByValue; ByPropertyName = $usage.ByPropertyName
            }
        }
    }
    $usages
}

# The order of the PARAMETERS section, most useful first: positional parameters by their lowest
# position, then those mandatory in some set, then the cmdlet's own before the shared ones (whose text
# comes from CommonParameters.psd1), each group in declaration order. False sorts before true.
function Get-ParameterSectionOrder($Cmdlet, [hashtable] $UsageBySet, [hashtable] $OwnParameterText) {
    $declarationIndex = 0
    $sortable = @(foreach ($parameter in $Cmdlet.Parameters) {
        $usages = $UsageBySet[$parameter.Name]
        $positions = @($usages | Where-Object Position -ge 0 | ForEach-Object Position)
        [pscustomobject]@{
            Parameter            = $parameter
            LowestPosition       = if ($positions) { ($positions | Measure-Object -Minimum).Minimum } else { $NamedParameterPosition }
            IsOptionalInEverySet = -not @($usages | Where-Object Mandatory)
            HasSharedText        = -not $OwnParameterText.ContainsKey($parameter.Name)
            DeclarationIndex     = $declarationIndex++
        }
    })
    $sortable | Sort-Object LowestPosition, IsOptionalInEverySet, HasSharedText, DeclarationIndex | ForEach-Object Parameter
}

# The order of one SYNTAX line, as PowerShell itself shows syntax: positional parameters by position,
# then mandatory ones, then the rest, each group in declaration order. False sorts before true.
function Get-SyntaxParameterOrder($Set) {
    $declarationIndex = 0
    $sortable = @(foreach ($usage in $Set.Parameters) {
        [pscustomobject]@{
            Usage            = $usage
            Position         = if ($usage.Position -ge 0) { $usage.Position } else { $NamedParameterPosition }
            IsOptional       = -not $usage.Mandatory
            DeclarationIndex = $declarationIndex++
        }
    })
    $sortable | Sort-Object Position, IsOptional, DeclarationIndex | ForEach-Object Usage
}

# Each parameter's description, by name: the cmdlet's own text, else the shared one. A parameter
# without a usable description is added to $Problems and left out.
function Get-ParameterDescriptionText($Parameters, $HelpFile, [hashtable] $SharedParameterText, [string] $CmdletName,
    [System.Collections.Generic.List[string]] $Problems) {
    $descriptions = @{}
    foreach ($parameter in $Parameters) {
        $text = if ($HelpFile.ParameterText.ContainsKey($parameter.Name)) { $HelpFile.ParameterText[$parameter.Name] } else { $SharedParameterText[$parameter.Name] }
        if ($null -eq $text) { $Problems.Add("Help: $CmdletName -$($parameter.Name) has no description (add it to $($HelpFile.File) or CommonParameters.psd1)."); continue }
        try { Assert-Text $text "$CmdletName -$($parameter.Name)" } catch { $Problems.Add($_.Exception.Message); continue }
        $descriptions[$parameter.Name] = $text
    }
    $descriptions
}

# Text for a parameter the cmdlet does not have is a leftover from a rename or a typo: added to $Problems.
function Add-UnknownParameterProblem($Parameters, $HelpFile, [string] $CmdletName, [System.Collections.Generic.List[string]] $Problems) {
    foreach ($documented in $HelpFile.ParameterText.Keys) {
        if (@($Parameters | ForEach-Object Name) -notcontains $documented) { $Problems.Add("Help: $($HelpFile.File) documents -$documented, which $CmdletName does not have.") }
    }
}

# An entry list of the help file (Examples, Inputs, Outputs, Links) without $null entries; wrap calls in @().
function Get-HelpEntry([hashtable] $Help, [string] $Key) {
    @($Help[$Key] | Where-Object { $null -ne $_ })
}

# The project's rule: every cmdlet shows at least two examples.
function Assert-EnoughExamples([object[]] $Examples, [string] $CmdletName) {
    if ($Examples.Count -lt 2) { throw "Help: $CmdletName needs at least two examples (has $($Examples.Count))." }
}

# Every [OutputType] of the cmdlet must be described in Outputs, by its full or its short name.
function Assert-OutputTypesDescribed($Cmdlet, [object[]] $Outputs) {
    foreach ($type in $Cmdlet.OutputTypes) {
        if (-not @($Outputs | Where-Object { $_ -is [hashtable] -and ($_.Type -eq $type -or $type.EndsWith(".$($_.Type)")) })) {
            throw "Help: $($Cmdlet.Name) declares the output type $type, which its Outputs do not describe."
        }
    }
}

# Everything the MAML for one cmdlet is written from, checked as far as can be before writing;
# the texts themselves are checked while they are laid out.
function Get-CmdletHelp($Cmdlet, [string] $HelpSource, [hashtable] $SharedParameterText, [System.Collections.Generic.List[string]] $Problems) {
    $helpFile = Read-CmdletHelpFile $Cmdlet.Name $HelpSource
    $usageBySet = Get-ParameterUsageBySet $Cmdlet
    $parameters = @(Get-ParameterSectionOrder $Cmdlet $usageBySet $helpFile.ParameterText)
    $descriptions = Get-ParameterDescriptionText $parameters $helpFile $SharedParameterText $Cmdlet.Name $Problems
    Add-UnknownParameterProblem $parameters $helpFile $Cmdlet.Name $Problems
    $examples = @(Get-HelpEntry $helpFile.Help 'Examples')
    Assert-EnoughExamples $examples $Cmdlet.Name
    $outputs = @(Get-HelpEntry $helpFile.Help 'Outputs')
    Assert-OutputTypesDescribed $Cmdlet $outputs
    [pscustomobject]@{
        Name         = $Cmdlet.Name
        Cmdlet       = $Cmdlet
        Text         = $helpFile.Help
        UsageBySet   = $usageBySet
        Parameters   = $parameters
        Descriptions = $descriptions
        Examples     = $examples
        Inputs       = @(Get-HelpEntry $helpFile.Help 'Inputs')
        Outputs      = $outputs
    }
}
