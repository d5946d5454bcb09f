<#
.SYNOPSIS
    Writes the parameter metadata of a module's exported cmdlets to stdout as one line of JSON.
.DESCRIPTION
    tools/New-MmsHelp.ps1 runs this script in a child process (dotnet pwsh -File) and builds the
    SYNTAX and PARAMETERS sections of the MAML from its output. It runs in a child process because
    importing the module loads MmsPowerShell.dll into the process for good: in the caller's process a
    later import would silently get that first, possibly stale, copy.

    For every cmdlet (sorted by name) it reports its parameter sets (default set first) with each
    parameter's per-set settings, and once per parameter what does not depend on the set: type,
    aliases, wildcard support, accepted values and the default value. Common parameters are left out.

    On failure it writes the error and its script stack trace to stderr and exits with code 1.
.EXAMPLE
    dotnet pwsh -NoProfile -File tools/Help/Read-MmsCmdletMetadata.ps1 -ModulePath out/MmsPowerShell/MmsPowerShell.psd1
#>
[CmdletBinding()]
param(
    # The module manifest to import.
    [Parameter(Mandatory)] [string] $ModulePath
)

$ErrorActionPreference = 'Stop'
# Progress records are of no use to the parent, which reads only stdout, as JSON.
$ProgressPreference = 'SilentlyContinue'

# A type as PowerShell users write it: String[], Nullable<Int32> as Int32, List`1 as List[String].
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

# The values a parameter accepts: its ValidateSet, else the names of its enum type (also for
# arrays and nullables of an enum), else none.
function Get-AcceptedValues($Parameter) {
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

# A cmdlet class that cannot be created without arguments simply reports no defaults.
function New-CmdletInstance([System.Management.Automation.CmdletInfo] $Command) {
    try { [Activator]::CreateInstance($Command.ImplementingType) } catch { $null }
}

# What describes a parameter independently of its parameter set.
function Get-ParameterDescription($Parameter, $Metadata, $Instance) {
    [pscustomobject]@{
        Name         = $Parameter.Name
        Type         = Get-FriendlyTypeName $Parameter.ParameterType
        TypeFullName = Get-FriendlyTypeName $Parameter.ParameterType -Full
        IsSwitch     = $Parameter.ParameterType -eq [switch]
        IsArray      = $Parameter.ParameterType.IsArray
        Aliases      = @($Parameter.Aliases)
        Wildcards    = [bool]($Metadata.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
        ValidValues  = @(Get-AcceptedValues $Metadata)
        Default      = Get-DefaultText $Instance $Parameter.Name
    }
}

# A parameter set with each parameter's settings in that set, in declaration order.
function Get-ParameterSetDescription($Set, [string[]] $CommonParameters) {
    [pscustomobject]@{
        Name       = $Set.Name
        IsDefault  = $Set.IsDefault
        Parameters = @($Set.Parameters | Where-Object { $CommonParameters -notcontains $_.Name } | ForEach-Object {
            [pscustomobject]@{
                Name           = $_.Name
                Mandatory      = $_.IsMandatory
                Position       = $_.Position
                ByValue        = $_.ValueFromPipeline
                ByPropertyName = $_.ValueFromPipelineByPropertyName
            }
        })
    }
}

function Get-CmdletDescription([System.Management.Automation.CmdletInfo] $Command, [psmoduleinfo] $Module, [string[]] $CommonParameters) {
    $instance = New-CmdletInstance $Command
    # A cmdlet without a HelpFile attribute gets PowerShell's default name, <assembly file>-Help.xml.
    $helpFile = if ($Command.HelpFile) { $Command.HelpFile } else { [IO.Path]::GetFileName($Command.ImplementingType.Assembly.Location) + '-Help.xml' }
    # The default set first, so its SYNTAX line comes first and a parameter is described where it is first seen.
    $sets = @($Command.ParameterSets | Sort-Object { -not $_.IsDefault } -Stable)
    $parameters = [ordered]@{}
    foreach ($set in $sets) {
        foreach ($parameter in $set.Parameters) {
            if ($CommonParameters -contains $parameter.Name -or $parameters.Contains($parameter.Name)) { continue }
            $parameters[$parameter.Name] = Get-ParameterDescription $parameter $Command.Parameters[$parameter.Name] $instance
        }
    }
    if ($instance -is [IDisposable]) { $instance.Dispose() }
    [pscustomobject]@{
        Name        = $Command.Name
        Verb        = $Command.Verb
        Noun        = $Command.Noun
        ModuleBase  = $Module.ModuleBase
        HelpFile    = $helpFile
        OutputTypes = @($Command.OutputType | ForEach-Object { if ($_.Type) { $_.Type.FullName } else { $_.Name } })
        Parameters  = @($parameters.Values)
        Sets        = @($sets | ForEach-Object { Get-ParameterSetDescription $_ $CommonParameters })
    }
}

try {
    $commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters
    $module = Import-Module $ModulePath -PassThru -Force | Select-Object -First 1
    $cmdlets = foreach ($name in ($module.ExportedCmdlets.Keys | Sort-Object)) {
        Get-CmdletDescription (Get-Command $name -Module $module.Name) $module $commonParameters
    }
    ConvertTo-Json -InputObject @($cmdlets) -Depth 8 -Compress
}
catch {
    [Console]::Error.WriteLine($_.ToString() + [Environment]::NewLine + $_.ScriptStackTrace)
    exit 1
}
