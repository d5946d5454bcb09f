namespace MmsPowerShell.Core.Json
{
    /// <summary>One item of ListMmsDataSourceConfigItems; value and subItems are free form.</summary>
    public sealed class MmsConfigItemDto
    {
        public string? Key { get; set; }
        public string? Name { get; set; }
        public string? Desc { get; set; }
        public string? Group { get; set; }
        public string? Type { get; set; }
        public string? SubType { get; set; }
        public bool? Required { get; set; }
        public string?[]? Enums { get; set; }
        public string? PlaceHolder { get; set; }
        public JsonElement? Value { get; set; }
        public JsonElement? SubItems { get; set; }
    }
}
