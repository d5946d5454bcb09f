# Every ```powershell block of README.md runs without error, so the README cannot drift from the module.
# Each block must stand alone: it runs in a fresh runspace whose only set-up is the repository root as its
# location (a reader pastes it into a fresh `dotnet pwsh` there). The Quick start block runs exactly as printed
# in a fresh child pwsh. An HTML comment on the line before a block can say
#   <!-- readme-test: needs Cmd-One, Cmd-Two -->   run it once these commands exist (skipped until then), or
#   <!-- readme-test: skip (reason) -->            never run it (e.g. it needs an Alibaba Cloud account).
BeforeDiscovery {
    $lines = Get-Content (Join-Path (Split-Path (Split-Path $PSScriptRoot)) 'README.md')
    $script:Blocks = @()
    $section = ''
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match '^## (.+)$') { $section = $Matches[1]; continue }
        if ($lines[$i] -ne '```powershell') { continue }
        $start = $i + 1
        $end = $start
        while ($end -lt $lines.Count -and $lines[$end] -ne '```') { $end++ }
        $before = if ($i -gt 0) { $lines[$i - 1] } else { '' }
        $needs = @()
        $skip = $null
        if ($before -match '^<!-- readme-test: needs (.+) -->$') { $needs = @($Matches[1] -split ',\s*') }
        elseif ($before -match '^<!-- readme-test: skip \((.+)\) -->$') { $skip = $Matches[1] }
        $script:Blocks += @{
            Line = $start + 1; Section = $section; Marker = $before; Needs = $needs; Skip = $skip
            Code = ($lines[$start..($end - 1)] -join "`n")
        }
        $i = $end
    }
    $script:QuickStart = @($Blocks | Where-Object Section -eq 'Quick start')
    $script:Runnable = @($Blocks | Where-Object Section -ne 'Quick start')
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $script:ReadmeText = Get-Content (Join-Path $RepoRoot 'README.md') -Raw
    # Blocks run Invoke-MmsMigration from the repository root, so its ledgers (./<Name>.mmsmigration.json) land
    # there; each run starts from none, as a reader's first paste does.
    function Remove-RunLedgers { Get-ChildItem $RepoRoot -Filter '*.mmsmigration.json*' | Remove-Item -Force }
    Remove-RunLedgers

    # Skips the current test while a command the block needs is not in the staged modules, naming it.
    function Skip-WhenMissing([string[]] $Needs) {
        $missing = @($Needs | Where-Object { -not (Get-Command $_ -ErrorAction Ignore) })
        if ($missing) { Set-ItResult -Skipped -Because "$($missing -join ', ') is not in this build yet" }
        $missing.Count -gt 0
    }
}

Describe 'README examples' {
    It 'opens with the two commands, then a Quick start of one block' {
        $ReadmeText | Should -Match ([regex]::Escape('dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Demo'))
        $ReadmeText | Should -Match ([regex]::Escape('dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Test'))
        $QuickStart.Count | Should -Be 1
        $QuickStart[0].Line | Should -BeLessThan 40 -Because 'a newcomer finds it on the first screen'
    }

    It 'has a runnable block for every task' {
        foreach ($section in 'Connect', 'Find what failed', 'Run a migration', 'Set a destination', 'Schedule', 'Report') {
            @($Runnable | Where-Object { $_.Section -eq $section -and -not $_.Skip }).Count | Should -BeGreaterThan 0 -Because "'$section' shows how"
        }
    }

    It 'marks blocks only with the two known markers, never with a comment that reads like an instruction' {
        foreach ($block in $Blocks) {
            if ($block.Marker -like '<!--*') {
                ($block.Needs.Count -gt 0 -or $block.Skip) | Should -BeTrue -Because "line $($block.Line - 1) is a readme-test marker: $($block.Marker)"
            }
            $block.Code | Should -Not -Match '^# runs against' -Because 'blocks are found by their fence, not by a comment'
        }
        @($Blocks | Where-Object Skip).Count | Should -BeLessOrEqual 2 -Because 'only blocks that need a real account are not run'
    }

    It 'runs the block at README.md line <Line> (<Section>) on its own' -ForEach $Runnable {
        if ($Skip) { Set-ItResult -Skipped -Because $Skip; return }
        if (Skip-WhenMissing $Needs) { return }
        $ps = New-TestRunspace -Location $RepoRoot -NoModules
        try {
            $null = $ps.AddScript($Code)
            $failure = $null
            try { $null = $ps.Invoke() } catch { $failure = $_.Exception.InnerException ?? $_.Exception }
            $failure | Should -BeNullOrEmpty -Because "the block at README.md line $Line must run:`n$Code"
            @($ps.Streams.Error | ForEach-Object { "$_" }) | Should -BeNullOrEmpty -Because "the block at README.md line $Line must run:`n$Code"
        }
        finally {
            # A block that failed before its last line leaves its emulator running: stop it here.
            $emu = $ps.Runspace.SessionStateProxy.GetVariable('emu')
            if ($emu -and $emu.PSObject.Properties['Endpoint']) { $emu | Stop-MmsEmulator -ErrorAction SilentlyContinue }
            $ps.Dispose()
        }
    }

    It 'runs the Quick start exactly as printed in a fresh pwsh, with nothing set up before it' -ForEach $QuickStart {
        if (Skip-WhenMissing $Needs) { return }
        $file = Join-Path ([IO.Path]::GetTempPath()) ('mms-quickstart-' + [guid]::NewGuid().ToString('N') + '.ps1')
        $stderr = "$file.err"
        Set-Content -Path $file -Value $Code -NoNewline
        $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        Push-Location $RepoRoot
        try {
            $output = & $pwsh -NoProfile -NonInteractive -File $file 2> $stderr | Out-String -Width 200
            $exitCode = $LASTEXITCODE
            $errors = Get-Content $stderr -Raw
        }
        finally {
            Pop-Location
            Remove-Item $file, $stderr -ErrorAction SilentlyContinue
        }
        $errors | Should -BeNullOrEmpty -Because "the Quick start must run as printed:`n$Code"
        $exitCode | Should -Be 0
        # One script is one output pipeline, so after Connect-Mms's list the table may print as a list too.
        $output | Should -Match 'logs\.access_log' -Because 'it shows the demo source''s failed table'
        $output | Should -Match 'FAILED'
        $output | Should -Match 'quickstart' -Because 'it shows the migration run'
    }
}

AfterAll {
    Remove-RunLedgers
}
