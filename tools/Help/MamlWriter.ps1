# Writing the MAML <command> element of one cmdlet, for tools/New-MmsHelp.ps1, which dot-sources this
# file after HelpText.ps1 and HelpSource.ps1. The layout is the MAML command schema Get-Help reads for
# binary cmdlets.
#
# $Layout carries the widths text is wrapped to (see New-HelpLayout); $CmdletHelp is a Get-CmdletHelp result.

$MamlNs = 'http://schemas.microsoft.com/maml/2004/10'
$CommandNs = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$DevNs = 'http://schemas.microsoft.com/maml/dev/2004/10'

# Get-Help indents section text by 4 columns, and parameter, input and output descriptions and notes
# by 8. One column is kept free so that a full line does not make the terminal wrap on its own.
function New-HelpLayout([int] $Width) {
    [pscustomobject]@{
        Width         = $Width
        SectionWidth  = $Width - 1 - 4
        IndentedWidth = $Width - 1 - 8
    }
}

# An element (<description> unless told otherwise) with one <para> per laid-out paragraph.
# Example remarks get a trailing empty <para> so that Get-Help leaves a blank line after them.
function Write-ParagraphElement([System.Xml.XmlWriter] $Writer, [string] $Text, [int] $TextWidth, [string] $Where,
    [string] $Element = 'description', [string] $Namespace = $MamlNs, [switch] $TrailingBlank) {
    $Writer.WriteStartElement($Element, $Namespace)
    foreach ($paragraph in (ConvertTo-HelpParagraph $Text $TextWidth $Where)) {
        $Writer.WriteElementString('para', $MamlNs, $paragraph)
    }
    if ($TrailingBlank) { $Writer.WriteElementString('para', $MamlNs, '') }
    $Writer.WriteEndElement()
}

# MAML booleans are written true/false.
function ConvertTo-MamlBoolean([object] $Value) { ([string]$Value).ToLowerInvariant() }

function Get-AliasText($Parameter) { if ($Parameter.Aliases) { $Parameter.Aliases -join ', ' } else { 'none' } }

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

function Get-PositionText($Usage) { if ($Usage.Position -ge 0) { [string] $Usage.Position } else { 'named' } }

# Pipeline input of a parameter in one set, e.g. "True (ByValue, ByPropertyName)" or "False".
function Get-SetPipelineInputText($Usage) {
    $kinds = @()
    if ($Usage.ByValue) { $kinds += 'ByValue' }
    if ($Usage.ByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

# Pipeline input of a parameter over all its sets; the sets are named when only some take pipeline
# input, e.g. "True (ByPropertyName; parameter set ById)".
function Get-PipelineInputText($Usages) {
    $pipelineUsages = @($Usages | Where-Object { $_.ByValue -or $_.ByPropertyName })
    if (-not $pipelineUsages) { return 'False' }
    $kinds = @(foreach ($kind in 'ByValue', 'ByPropertyName') { if (@($pipelineUsages | Where-Object $kind)) { $kind } })
    $text = "True ($($kinds -join ', ')"
    if ($pipelineUsages.Count -lt @($Usages).Count) { $text += "; parameter set $(@($pipelineUsages | ForEach-Object Set) -join ', ')" }
    $text + ')'
}

# The parameter's description, with its accepted values appended unless the text already names them all.
function Get-ParameterDescriptionWithValues($Parameter, [string] $Description) {
    $text = $Description
    $values = @($Parameter.ValidValues)
    if ($values -and @($values | Where-Object { $Description -notmatch [regex]::Escape($_) })) {
        $text += "`n`nAccepted values: " + ($values -join ', ') + '.'
    }
    $text
}

# The <parameterValue> Get-Help shows as the value placeholder, e.g. <String[]>.
function Write-ParameterValue([System.Xml.XmlWriter] $Writer, $Parameter) {
    $Writer.WriteStartElement('parameterValue', $CommandNs)
    $Writer.WriteAttributeString('required', 'true')
    $Writer.WriteAttributeString('variableLength', (ConvertTo-MamlBoolean $Parameter.IsArray))
    $Writer.WriteString($Parameter.Type)
    $Writer.WriteEndElement()
}

# In SYNTAX, a parameter with accepted values shows them ({A | B}) instead of its type.
function Write-AcceptedValueGroup([System.Xml.XmlWriter] $Writer, $Parameter) {
    $Writer.WriteStartElement('parameterValueGroup', $CommandNs)
    foreach ($value in $Parameter.ValidValues) {
        $Writer.WriteStartElement('parameterValue', $CommandNs)
        $Writer.WriteAttributeString('required', 'false')
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($value)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

# One parameter of one SYNTAX line: its settings in that set only.
function Write-SyntaxParameter([System.Xml.XmlWriter] $Writer, $Parameter, $Usage) {
    $Writer.WriteStartElement('parameter', $CommandNs)
    $Writer.WriteAttributeString('required', (ConvertTo-MamlBoolean $Usage.Mandatory))
    $Writer.WriteAttributeString('variableLength', (ConvertTo-MamlBoolean $Parameter.IsArray))
    $Writer.WriteAttributeString('globbing', (ConvertTo-MamlBoolean $Parameter.Wildcards))
    $Writer.WriteAttributeString('pipelineInput', (Get-SetPipelineInputText $Usage))
    $Writer.WriteAttributeString('position', (Get-PositionText $Usage))
    $Writer.WriteAttributeString('aliases', (Get-AliasText $Parameter))
    $Writer.WriteElementString('name', $MamlNs, $Parameter.Name)
    if (-not $Parameter.IsSwitch) {
        if (@($Parameter.ValidValues)) { Write-AcceptedValueGroup $Writer $Parameter }
        else { Write-ParameterValue $Writer $Parameter }
    }
    $Writer.WriteEndElement()
}

# One entry of the PARAMETERS section: its settings over all its sets, description, type and default.
function Write-ParameterElement([System.Xml.XmlWriter] $Writer, $Parameter, $Usages, [string] $Description, [string] $Where, $Layout) {
    $Writer.WriteStartElement('parameter', $CommandNs)
    $Writer.WriteAttributeString('required', (Join-PerSet @($Usages | ForEach-Object { @{ Value = (ConvertTo-MamlBoolean $_.Mandatory); Set = $_.Set } })))
    $Writer.WriteAttributeString('variableLength', (ConvertTo-MamlBoolean $Parameter.IsArray))
    $Writer.WriteAttributeString('globbing', (ConvertTo-MamlBoolean $Parameter.Wildcards))
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineInputText $Usages))
    $Writer.WriteAttributeString('position', (Join-PerSet @($Usages | ForEach-Object { @{ Value = Get-PositionText $_; Set = $_.Set } })))
    $Writer.WriteAttributeString('aliases', (Get-AliasText $Parameter))
    $Writer.WriteElementString('name', $MamlNs, $Parameter.Name)
    Write-ParagraphElement $Writer (Get-ParameterDescriptionWithValues $Parameter $Description) $Layout.IndentedWidth $Where
    if (-not $Parameter.IsSwitch) { Write-ParameterValue $Writer $Parameter }
    $Writer.WriteStartElement('type', $DevNs)
    $Writer.WriteElementString('name', $MamlNs, $Parameter.TypeFullName)
    $Writer.WriteEndElement()
    $default = if ($null -ne $Parameter.Default) { [string] $Parameter.Default } elseif ($Parameter.IsSwitch) { 'False' } else { 'None' }
    $Writer.WriteElementString('defaultValue', $DevNs, $default)
    $Writer.WriteEndElement()
}

function Write-CommandDetails([System.Xml.XmlWriter] $Writer, $CmdletHelp, $Layout) {
    $Writer.WriteStartElement('details', $CommandNs)
    $Writer.WriteElementString('name', $CommandNs, $CmdletHelp.Name)
    $Writer.WriteElementString('verb', $CommandNs, $CmdletHelp.Cmdlet.Verb)
    $Writer.WriteElementString('noun', $CommandNs, $CmdletHelp.Cmdlet.Noun)
    Write-ParagraphElement $Writer $CmdletHelp.Text.Synopsis $Layout.SectionWidth "$($CmdletHelp.Name) Synopsis"
    $Writer.WriteEndElement()
}

# One SYNTAX line per parameter set, the default set first.
function Write-SyntaxSection([System.Xml.XmlWriter] $Writer, $CmdletHelp) {
    $Writer.WriteStartElement('syntax', $CommandNs)
    foreach ($set in $CmdletHelp.Cmdlet.Sets) {
        $Writer.WriteStartElement('syntaxItem', $CommandNs)
        $Writer.WriteElementString('name', $MamlNs, $CmdletHelp.Name)
        foreach ($usage in (Get-SyntaxParameterOrder $set)) {
            Write-SyntaxParameter $Writer ($CmdletHelp.Cmdlet.Parameters | Where-Object Name -eq $usage.Name) $usage
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-ParametersSection([System.Xml.XmlWriter] $Writer, $CmdletHelp, $Layout) {
    $Writer.WriteStartElement('parameters', $CommandNs)
    foreach ($parameter in $CmdletHelp.Parameters) {
        Write-ParameterElement $Writer $parameter $CmdletHelp.UsageBySet[$parameter.Name] $CmdletHelp.Descriptions[$parameter.Name] "$($CmdletHelp.Name) -$($parameter.Name)" $Layout
    }
    $Writer.WriteEndElement()
}

# INPUTS or OUTPUTS: each entry is @{ Type; Description }. A cmdlet that documents none gets a "None"
# entry with $NoneText, so the section still says something.
function Write-TypeSection([System.Xml.XmlWriter] $Writer, $CmdletHelp, [string] $Key, [string] $Element, [string] $EntryElement,
    [object[]] $Entries, [string] $NoneText, $Layout) {
    $name = $CmdletHelp.Name
    $Writer.WriteStartElement($Element, $CommandNs)
    if (-not $Entries) { $Entries = @(@{ Type = 'None'; Description = $NoneText }) }
    foreach ($entry in $Entries) {
        if ($entry -isnot [hashtable]) { throw "Help: $name $Key entries must be @{ Type = ...; Description = ... }." }
        Assert-KnownKey $entry @('Type', 'Description') "$name $Key"
        Assert-Text $entry.Type "$name $Key type"
        Assert-Text $entry.Description "$name $Key $($entry.Type)"
        $Writer.WriteStartElement($EntryElement, $CommandNs)
        $Writer.WriteStartElement('type', $DevNs)
        $Writer.WriteElementString('name', $MamlNs, $entry.Type)
        $Writer.WriteEndElement()
        Write-ParagraphElement $Writer $entry.Description $Layout.IndentedWidth "$name $Key $($entry.Type)"
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

# NOTES is optional: no Notes key, no section.
function Write-NotesSection([System.Xml.XmlWriter] $Writer, $CmdletHelp, $Layout) {
    if (-not $CmdletHelp.Text.ContainsKey('Notes')) { return }
    Assert-Text $CmdletHelp.Text.Notes "$($CmdletHelp.Name) Notes"
    $Writer.WriteStartElement('alertSet', $MamlNs)
    Write-ParagraphElement $Writer $CmdletHelp.Text.Notes $Layout.IndentedWidth "$($CmdletHelp.Name) Notes" -Element 'alert'
    $Writer.WriteEndElement()
}

# Get-Help prints an example's title and code as they are, so a line that does not fit is an error
# rather than something to wrap. The title is centred between dashes, as in PowerShell's own help.
function Write-Example([System.Xml.XmlWriter] $Writer, $Example, [int] $Number, [string] $CmdletName, $Layout) {
    $where = "$CmdletName example $Number"
    if ($Example -isnot [hashtable]) { throw "Help: $where must be @{ Title; Code; Remarks }." }
    Assert-KnownKey $Example @('Title', 'Code', 'Remarks') $where
    foreach ($key in 'Title', 'Code', 'Remarks') { Assert-Text $Example[$key] "$where $key" }
    $wide = $Layout.SectionWidth
    $title = "Example $($Number): $($Example.Title.Trim())"
    # 6 columns: at least two dashes and a space either side of the title.
    if ($title.Length + 6 -gt $wide) { throw "Help: $where title is too long for $($Layout.Width) columns (at most $($wide - 6 - $title.Length + $Example.Title.Trim().Length) characters): $($Example.Title)" }
    $dashes = '-' * [Math]::Min(26, [Math]::Floor(($wide - $title.Length - 2) / 2))
    $code = ($Example.Code.Trim("`r", "`n") -split '\r?\n' | ForEach-Object TrimEnd) -join "`n"
    # Code is shown indented by 4 columns.
    foreach ($line in ($code -split "`n")) {
        if ($line.Length -gt $Layout.Width - 4) { throw "Help: $where has a code line longer than $($Layout.Width - 4) characters (it would wrap in $($Layout.Width) columns): $line" }
    }
    $Writer.WriteStartElement('example', $CommandNs)
    $Writer.WriteElementString('title', $MamlNs, "$dashes $title $dashes")
    $Writer.WriteElementString('code', $DevNs, $code)
    Write-ParagraphElement $Writer $Example.Remarks $wide "$where Remarks" -Element 'remarks' -Namespace $DevNs -TrailingBlank
    $Writer.WriteEndElement()
}

function Write-ExamplesSection([System.Xml.XmlWriter] $Writer, $CmdletHelp, $Layout) {
    $Writer.WriteStartElement('examples', $CommandNs)
    $number = 0
    foreach ($example in $CmdletHelp.Examples) {
        $number++
        Write-Example $Writer $example $number $CmdletHelp.Name $Layout
    }
    $Writer.WriteEndElement()
}

# RELATED LINKS: a link is a cmdlet or topic name, or @{ Text; Uri } for a web page.
function Write-LinksSection([System.Xml.XmlWriter] $Writer, $CmdletHelp) {
    $name = $CmdletHelp.Name
    $Writer.WriteStartElement('relatedLinks', $CommandNs)
    foreach ($link in (Get-HelpEntry $CmdletHelp.Text 'Links')) {
        $text = if ($link -is [hashtable]) { Assert-KnownKey $link @('Text', 'Uri') "$name Links"; $link.Text } else { $link }
        $uri = if ($link -is [hashtable]) { [string] $link.Uri } else { '' }
        Assert-Text $text "$name link"
        if ($uri.Contains('{{')) { throw "Help: $name link $text still has a placeholder." }
        $Writer.WriteStartElement('navigationLink', $MamlNs)
        $Writer.WriteElementString('linkText', $MamlNs, $text)
        $Writer.WriteElementString('uri', $MamlNs, $uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

# The whole <command> element of one cmdlet, in the section order Get-Help expects.
function Write-CommandElement([System.Xml.XmlWriter] $Writer, $CmdletHelp, $Layout) {
    $Writer.WriteStartElement('command', 'command', $CommandNs)
    $Writer.WriteAttributeString('xmlns', 'maml', $null, $MamlNs)
    $Writer.WriteAttributeString('xmlns', 'dev', $null, $DevNs)
    Write-CommandDetails $Writer $CmdletHelp $Layout
    Write-ParagraphElement $Writer $CmdletHelp.Text.Description $Layout.SectionWidth "$($CmdletHelp.Name) Description"
    Write-SyntaxSection $Writer $CmdletHelp
    Write-ParametersSection $Writer $CmdletHelp $Layout
    Write-TypeSection $Writer $CmdletHelp 'Inputs' 'inputTypes' 'inputType' $CmdletHelp.Inputs 'You cannot pipe objects to this cmdlet.' $Layout
    Write-TypeSection $Writer $CmdletHelp 'Outputs' 'returnValues' 'returnValue' $CmdletHelp.Outputs 'This cmdlet writes no objects.' $Layout
    Write-NotesSection $Writer $CmdletHelp $Layout
    Write-ExamplesSection $Writer $CmdletHelp $Layout
    Write-LinksSection $Writer $CmdletHelp
    $Writer.WriteEndElement()
}
