# Every README example marked to run against the emulator runs without error, so the README cannot drift
# from the module. The convention (written at the top of README's examples): a fenced powershell block whose
# first line is "# runs against the emulator" runs in a fresh runspace, from the repository root, with both
# modules imported, $emu a started emulator and Connect-Mms pointed at it.
BeforeDiscovery {
    $script:Marker = '# runs against the emulator'
    $lines = Get-Content (Join-Path (Split-Path (Split-Path $PSScriptRoot)) 'README.md')
    $script:Examples = @()
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -ne '```powershell') { continue }
        $start = $i + 1
        $end = $start
        while ($end -lt $lines.Count -and $lines[$end] -ne '```') { $end++ }
        if ($end -gt $start -and $lines[$start] -eq $Marker) {
            $script:Examples += @{ Line = $start + 1; Code = ($lines[($start + 1)..($end - 1)] -join "`n") }
        }
        $i = $end
    }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'README examples' {
    It 'has examples marked to run' {
        $Examples.Count | Should -BeGreaterThan 5
    }

    It 'runs the example at README.md line <Line>' -ForEach $Examples {
        $ps = New-TestRunspace -Location $RepoRoot
        try {
            $null = $ps.AddScript({
                param($emulator)
                $global:emu = $emulator
                Connect-Mms -Endpoint $emulator.Endpoint -Credential $emulator.Credential | Out-Null
            }.ToString()).AddArgument($Emulator).AddStatement()
            $null = $ps.AddScript($Code)
            $output = $ps.Invoke()
            $errors = @($ps.Streams.Error | ForEach-Object { "$_" })
            $errors | Should -BeNullOrEmpty -Because "the example at README.md line $Line must run:`n$Code"
            $null = $output
        }
        finally { $ps.Dispose() }
    }
}
