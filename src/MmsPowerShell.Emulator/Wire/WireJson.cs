namespace MmsPowerShell.Emulator
{
    /// <summary>How the service writes and reads JSON: camelCase names, nulls written out.</summary>
    public static class WireJson
    {
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    }
}
