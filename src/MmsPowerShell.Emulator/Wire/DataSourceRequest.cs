namespace MmsPowerShell.Emulator
{
    /// <summary>CreateMmsDataSource's and UpdateMmsDataSource's body.</summary>
    public sealed class DataSourceRequest
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Networklink { get; set; }

        /// <summary>UpdateMmsDataSource: "type of update"; no values are published, so it is accepted and ignored.</summary>
        public string? Action { get; set; }

        /// <summary>UpdateMmsDataSource: test the configuration instead of saving it.</summary>
        public bool? Test { get; set; }
        public Dictionary<string, JsonElement>? Config { get; set; }
    }
}
