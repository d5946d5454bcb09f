namespace MmsPowerShell.Completion
{
    /// <summary>Completes -DbId with the ids of the source's databases (first page), their names and states as tooltips.</summary>
    public sealed class DbIdCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Ids(DatabaseCandidates.Load(bound), wordToComplete, db => db.DbId, db => db.DbName, db => db.DbName + " (" + db.Status + ")");
    }
}
