@{
    Synopsis    = 'Lists the config keys an MMA data source type takes.'
    Description = @'
Get-MmsDataSourceConfigItem calls ListMmsDataSourceConfigItems and writes one MmsDataSourceConfigItem per config key of a data source type: its key, name and description, group, type (STRING, PASSWORD, ENUM, BOOLEAN, INT, FILE), whether it is required, its allowed values and its default. These keys are what New-MmsDataSource and Set-MmsDataSource take in -Config, and what their tab completion offers.

Items of type PASSWORD and FILE hold secrets (IsSecret is true): give their values to -Config as SecureString or PSCredential, and the module never shows them.
'@
    Parameters  = @{
        Type     = 'The data source type: HIVE or BIGQUERY (any case). Binds from the pipeline by property name (also as SourceType), so data sources from Get-MmsDataSource can be piped in.'
        Key      = 'Writes only the items whose keys match. Wildcards are allowed; matching ignores case.'
        Language = 'The language of names and descriptions: en_US (the default here) or zh_CN (the service''s own default).'
    }
    Inputs      = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSource'; Description = 'Data sources: the items of their type are listed.' })
    Outputs     = @(@{ Type = 'MmsPowerShell.Core.Models.MmsDataSourceConfigItem'; Description = 'One object per config key.' })
    Examples    = @(
        @{
            Title   = 'The keys of a Hive data source'
            Code    = @'
$emu = Start-MmsEmulator
$c = @{ Endpoint = $emu.Endpoint; Credential = $emu.Credential }
Get-MmsDataSourceConfigItem -Type HIVE @c
'@
            Remarks = 'Lists hive.metastore.urls, hive.jdbc.url, hive.jdbc.password (PASSWORD), hive.version (ENUM) and the other keys, with whether each is required and its default.'
        }
        @{
            Title   = 'Only the required keys of the type of an existing source'
            Code    = @'
Get-MmsDataSource -SourceId 2000028 @c |
    Get-MmsDataSourceConfigItem @c | Where-Object Required
'@
            Remarks = 'The data source binds its Type by property name.'
        }
        @{
            Title   = 'The values a key takes'
            Code    = "Get-MmsDataSourceConfigItem -Type HIVE -Key hive.version @c | Format-List"
            Remarks = 'Enums shows 1.2.1, 2.3.9 and 3.1.3; DefaultValue is 3.1.3.'
        }
    )
    Links       = @('New-MmsDataSource', 'Set-MmsDataSource')
}
