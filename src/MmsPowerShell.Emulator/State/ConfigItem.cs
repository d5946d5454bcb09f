namespace MmsPowerShell.Emulator
{
    /// <summary>One item of ListMmsDataSourceConfigItems: a key that CreateMmsDataSource/UpdateMmsDataSource take in config.</summary>
    public sealed record ConfigItem(
        string Key, string Name, string Desc, string Group, string Type, string? SubType, bool Required,
        string[] Enums, string PlaceHolder, object? Value, Dictionary<string, object>? SubItems);
}
