# Text checks and layout for tools/New-MmsHelp.ps1, which dot-sources this file.
#
# Hand-written help text is re-flowed here, not in Get-Help: Get-Help prints each MAML <para> as it is,
# so the lines must already fit the terminal width the help is generated for.

# Every text a reader sees must be written, and no template placeholder ("{{ ... }}") may survive.
function Assert-Text([object] $Text, [string] $Where) {
    if ($Text -isnot [string] -or [string]::IsNullOrWhiteSpace($Text)) { throw "Help: $Where is missing or empty." }
    if ($Text.Contains('{{')) { throw "Help: $Where still has a placeholder: $Text" }
}

# A misspelt key in a help file would otherwise be ignored silently, and its text lost.
function Assert-KnownKey([hashtable] $Table, [string[]] $Allowed, [string] $Where) {
    foreach ($key in $Table.Keys) {
        if ($Allowed -notcontains $key) { throw "Help: $Where has an unknown key '$key' (allowed: $($Allowed -join ', '))." }
    }
}

# Greedy word wrap of one paragraph; a word longer than the width gets a line of its own.
# Continuation lines start with $HangingIndent (list items use two spaces, to line up after "- ").
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

# A paragraph whose lines are all indented by two or more spaces (a table, a code sketch) is
# preformatted: it is kept as written, so it must fit as written.
function Test-PreformattedParagraph([string[]] $Lines) {
    @($Lines | Where-Object { $_ -notmatch '^  ' }).Count -eq 0
}

# The paragraph without its common indentation; a line that is too wide is an error, not wrapped.
function Format-PreformattedParagraph([string[]] $Lines, [int] $TextWidth, [string] $Where) {
    $indent = ($Lines | ForEach-Object { ($_ -replace '^( *).*', '$1').Length } | Measure-Object -Minimum).Minimum
    $verbatim = @($Lines | ForEach-Object { $_.Substring($indent).TrimEnd() })
    foreach ($line in $verbatim) {
        if ($line.Length -gt $TextWidth) { throw "Help: $Where has a preformatted line longer than $TextWidth characters: $line" }
    }
    $verbatim -join "`n"
}

function Test-ListParagraph([string[]] $Lines) {
    $Lines[0] -match '^\s*- '
}

# One item per "- " line; a line without the dash continues the item above it. Each item is wrapped
# on its own with a hanging indent.
function Format-ListParagraph([string[]] $Lines, [int] $TextWidth) {
    $items = [System.Collections.Generic.List[string]]::new()
    foreach ($line in $Lines) {
        if ($line -match '^\s*- ') { $items.Add($line.Trim()) } else { $items[$items.Count - 1] += ' ' + $line.Trim() }
    }
    ($items | ForEach-Object { Format-Wrapped $_ $TextWidth '  ' }) -join "`n"
}

# Splits hand-written text into paragraphs (blank-line separated) laid out for $TextWidth columns,
# one string per paragraph: preformatted paragraphs are kept, "- " lists keep one item per line,
# ordinary paragraphs are re-flowed.
function ConvertTo-HelpParagraph([string] $Text, [int] $TextWidth, [string] $Where) {
    foreach ($paragraph in ($Text.Trim("`r", "`n") -split '\r?\n[ \t]*\r?\n')) {
        $lines = @($paragraph -split '\r?\n' | Where-Object { $_.Trim() })
        if (-not $lines) { continue }
        if (Test-PreformattedParagraph $lines) { Format-PreformattedParagraph $lines $TextWidth $Where }
        elseif (Test-ListParagraph $lines) { Format-ListParagraph $lines $TextWidth }
        else { Format-Wrapped ($lines -join ' ') $TextWidth }
    }
}
