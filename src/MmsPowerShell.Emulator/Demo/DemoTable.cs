namespace MmsPowerShell.Emulator
{
    // The wire shape of GetMmsTable's data, as the service sends it (camelCase when serialized).

    public sealed record DemoColumn(string Name, string Type, string Comment, string? DefaultValue, bool Nullable);

    public sealed record DemoSchema(string Name, string Comment, DemoColumn[] Columns, DemoColumn[] Partitions);

    public sealed record DemoTable(
        long Id,
        long DbId,
        string DbName,
        string Name,
        string DstProjectName,
        string DstSchemaName,
        string DstName,
        string Type,
        bool HasPartitions,
        DemoSchema Schema,
        string Owner,
        string Location,
        string InputFormat,
        string OutputFormat,
        string Serde,
        string Extra,
        int Partitions,
        int PartitionsDoing,
        int PartitionsDone,
        int PartitionsFailed,
        long SourceId,
        string SourceName,
        long Size,
        long NumRows,
        bool Updated,
        string LastDdlTime,
        string Status);
}
