# New-MmsJob -WhatIf and -Confirm with many partitions piped in: the first ids and the last are named and the rest
# counted, so the preview of 720 partitions is one readable line, not 6,000 characters of ids. Against the emulator.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'New-MmsJob -WhatIf with partitions' {
    It 'names up to ten partitions and counts the rest, sending nothing' {
        Get-Stat | Out-Null
        $text = Get-ChildHostText @'
Get-MmsTablePartition -SourceId 2000028 -TableId 4 @Conn | New-MmsJob -Name many_parts -WhatIf @Conn
Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 3 @Conn | New-MmsJob -Name few_parts -WhatIf @Conn
'@
        $many = ($text -split "`r?`n" | Where-Object { $_ -match "many_parts" }) -join ' '
        $many | Should -Match '720 partitions: 400001, 400002, 400003, 400004, 400005, 400006, 400007, 400008, 400009, \.\.\., 400720 -> project mma_logs'
        $many.Length | Should -BeLessThan 300
        ($text -split "`r?`n" | Where-Object { $_ -match "few_parts" }) -join ' ' | Should -Match 'partitions 400001, 400002, 400003 -> project mma_logs'
        (Get-Stat).byAction.CreateMmsJob | Should -BeNullOrEmpty
    }
}
