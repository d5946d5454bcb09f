namespace MmsPowerShell.Completion
{
    /// <summary>Completes database names of the -SourceId already on the command line.</summary>
    public sealed class DbNameCompleter : MmsCompleter
    {
        private protected override IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary bound) =>
            CompletionSource.Names(DatabaseCandidates.Load(bound), wordToComplete, db => db.DbName,
                db => db.DbName + ": " + db.TablesDone + "/" + db.TableCount + " tables done, " + db.Status);
    }
}
