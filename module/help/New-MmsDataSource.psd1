@{
    Synopsis    = 'Registers a data source (a Hive metastore or BigQuery project) with MMA.'
    Description = @'
New-MmsDataSource calls CreateMmsDataSource and writes the new data source as GetMmsDataSource reads it back, so it pipes on: New-MmsDataSource ... | Start-MmsMetadataScan -Wait.

-Config takes the type's config keys (Get-MmsDataSourceConfigItem lists them; tab completion on -Config offers them, and on an empty word a hashtable of the required keys). Before anything is created, the keys and values are checked against the type's config items: an unknown key (MmsDataSourceConfigKeyUnknown), a value of the wrong type or outside an ENUM's values (MmsDataSourceConfigValueInvalid) and a missing required key without a default (MmsDataSourceConfigRequired) are errors, and nothing is sent. BOOLEAN values are sent as JSON booleans and INT values as numbers.

Secrets: give passwords and keys as a SecureString or a PSCredential (its password is used). Their values never appear in -WhatIf, verbose or debug output, or errors; keys of type PASSWORD or FILE, and keys whose names look like secrets, are always masked, and a service message that quotes a secret has it replaced by ********.

-WhatIf shows the type, network link and config (secrets masked) and sends no request at all, so the config is not checked either. A create that was sent but never answered is not sent again: the error says the data source may exist and how to check (Get-MmsDataSource -Name ...).
'@
    Parameters  = @{
        Name        = 'The name of the new data source. Binds from the pipeline by property name.'
        Type        = 'The data source type: HIVE or BIGQUERY (any case; sent in upper case). Binds from the pipeline by property name.'
        NetworkLink = 'The network link MMA reaches the source through, e.g. vpc-uf6a1b2c3:cn-shanghai (the region is the part after the last colon). Binds from the pipeline by property name.'
        Config      = 'The configuration: a hashtable of config keys of the type to values (strings, booleans, numbers; SecureString or PSCredential for secrets). Tab completion offers the keys of -Type.'
    }
    Inputs      = @(@{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with Name, Type and NetworkLink properties, e.g. rows from Import-Csv.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'The new data source, as read back.' })
    Notes       = 'Permissions: odps:CreateMmsDataSource and odps:ListMmsDataSourceConfigItems, and odps:GetMmsDataSource to read the new source back.'
    Examples    = @(
        @{
            Title   = 'Register a Hive metastore'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
$pw = Read-Host -AsSecureString -Prompt 'HiveServer2 password'
New-MmsDataSource -Name warehouse -Type HIVE `
    -NetworkLink 'vpc-uf6a1b2c3:cn-shanghai' @c -Config @{
        'hive.metastore.urls' = 'thrift://master-1-1:9083'
        'hive.jdbc.url'       = 'jdbc:hive2://master-1-1:10000/default'
        'hive.jdbc.password'  = $pw
        'mc.default.project'  = 'mma_target'
        'mc.endpoint'         = 'http://mc.example/api'
    }
'@
            Remarks = 'Creates the data source and writes it as read back: status INIT, region cn-shanghai, DestinationProject mma_target. The password is sent once, signed, and shown nowhere.'
        }
        @{
            Title   = 'See what would be created'
            Code    = @'
New-MmsDataSource -Name bq -Type BIGQUERY @c -WhatIf -Config @{
    'bigquery.project.id'          = 'my-gcp-project'
    'bigquery.service.account.key' = (Get-Content ./key.json -Raw)
}
'@
            Remarks = 'Prints the type and config with the service account key shown as (secret, not shown), and sends no request.'
        }
    )
    Links       = @('Get-MmsDataSourceConfigItem', 'Set-MmsDataSource', 'Remove-MmsDataSource', 'Start-MmsMetadataScan')
}
