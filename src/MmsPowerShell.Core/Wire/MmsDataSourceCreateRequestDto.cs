namespace MmsPowerShell.Core.Json
{
    /// <summary>CreateMmsDataSource's body. The wire name of the network link is all lowercase ("networklink").</summary>
    public sealed class MmsDataSourceCreateRequestDto
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Networklink { get; set; }
        public Dictionary<string, JsonElement>? Config { get; set; }
    }
}
