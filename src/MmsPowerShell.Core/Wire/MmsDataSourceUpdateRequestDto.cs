namespace MmsPowerShell.Core.Json
{
    /// <summary>UpdateMmsDataSource's body ("action" has no published values, so it is not sent).</summary>
    public sealed class MmsDataSourceUpdateRequestDto
    {
        public string? Name { get; set; }
        public bool? Test { get; set; }
        public Dictionary<string, JsonElement>? Config { get; set; }
    }
}
