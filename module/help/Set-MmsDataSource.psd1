@{
    Synopsis    = 'Renames an MMA data source, changes its configuration, or tests its connection.'
    Description = @'
Set-MmsDataSource calls UpdateMmsDataSource. Without -Test it saves -NewName and -Config, waits for the service's asynchronous task that applies them, and with -PassThru writes the data source as read afterwards.

With -Test it asks the service to test the connection with the stored configuration merged with -Config (nothing is saved), waits for the test's asynchronous task (GetMmsAsyncTask) and writes it (an MmsAsyncTask whose Result is the service''s report). A test that fails is a non-terminating error, MmsDataSourceTestFailed, with the service''s message; an update that fails is MmsDataSourceUpdateFailed.

-Config is checked against the type's config items (Get-MmsDataSourceConfigItem) before anything is sent: unknown keys and values of the wrong type are errors. Secrets (SecureString or PSCredential values, and PASSWORD and FILE keys) never appear in -WhatIf, verbose or debug output, or errors. -WhatIf sends no request.
'@
    Parameters  = @{
        SourceId        = 'The id of the data source. Binds from the pipeline by property name, so data sources from Get-MmsDataSource can be piped in.'
        NewName         = 'The new name of the data source.'
        Config          = 'Config keys of the source''s type to change (or, with -Test, to try): a hashtable of keys to values; SecureString or PSCredential for secrets. Tab completion offers the keys of -Type.'
        Type            = 'The data source type, used only for tab completion of -Config (the type of a source cannot be changed).'
        Test            = 'Tests the connection instead of saving, and writes the test''s result.'
        PassThru        = 'Without -Test, writes the data source as read after the change.'
        WaitTimeoutSec  = 'The seconds to wait for the service''s asynchronous task in all, reads included (default: until it ends or Ctrl+C).'
        PollIntervalSec = 'The seconds between two reads of the asynchronous task (default 1).'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources (they bind by SourceId).' })
    Outputs     = @(
        @{ Type = 'MmsPowerShell.Core.Models.MmsAsyncTask'; Description = 'With -Test, the finished connection test.' }
        @{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'With -PassThru, the data source as read after the change.' }
    )
    Notes       = 'Permissions: odps:UpdateMmsDataSource and odps:GetMmsAsyncTask on the data source (and odps:ListMmsDataSourceConfigItems to check -Config, odps:GetMmsDataSource for -PassThru).'
    Examples    = @(
        @{
            Title   = 'Test the connection of a data source'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsDataSource -SourceId 2000028 @c | Set-MmsDataSource -Test @c
'@
            Remarks = 'Waits for the test and writes it: Status DONE and the service''s report in Result.'
        }
        @{
            Title   = 'Try a new metastore address before saving it'
            Code    = @'
$new = @{ 'hive.metastore.urls' = 'thrift://master-2-1:9083' }
Set-MmsDataSource -SourceId 2000028 -Config $new -Test @c `
    -ErrorAction Stop
Set-MmsDataSource -SourceId 2000028 -Config $new -PassThru @c
'@
            Remarks = 'The test fails (MmsDataSourceTestFailed, e.g. an UnknownHostException) before anything is saved; when it passes, the second call saves the address.'
        }
        @{
            Title   = 'Change a password without showing it'
            Code    = @'
$pw = Read-Host -AsSecureString -Prompt 'HiveServer2 password'
Set-MmsDataSource -SourceId 2000028 -Type HIVE @c `
    -Config @{ 'hive.jdbc.password' = $pw } -Verbose
'@
            Remarks = 'The verbose output names hive.jdbc.password as a secret and never shows its value.'
        }
    )
    Links       = @('New-MmsDataSource', 'Get-MmsDataSourceConfigItem', 'Get-MmsDataSource')
}
