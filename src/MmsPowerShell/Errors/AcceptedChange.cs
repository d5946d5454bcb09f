using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// A create, trigger or change the service accepted, for the reads that follow it (its asynchronous task, the
    /// read-back, the jobs a timer run started). The follow-up rule: when such a read fails, the error says what was
    /// made, that it exists, and the command that reads it, because the one thing a user must not do then is send the
    /// create again. Every cmdlet that reads after a change goes through <see cref="MmsCmdlet.ReadAfterAsync{T}"/> or
    /// <see cref="FollowUpError"/>.
    /// </summary>
    internal sealed class AcceptedChange
    {
        private AcceptedChange(MmsReference target, string fact, string standing, string readCommand)
        {
            Target = target;
            Fact = fact;
            Standing = standing;
            ReadCommand = readCommand;
        }

        /// <summary>What the error points at: the object made (by id once it is known), so it pipes back into a Get- cmdlet.</summary>
        public MmsReference Target { get; }

        /// <summary>What happened, as a sentence's start: "Job 105 'nightly' of source 2000028 was created".</summary>
        public string Fact { get; }

        /// <summary>What is true now: "It exists", or for a creation still under way "It exists or is being made".</summary>
        public string Standing { get; }

        /// <summary>The command that reads what was made.</summary>
        public string ReadCommand { get; }

        /// <summary>An object the service made and named by id.</summary>
        public static AcceptedChange Created(MmsReference made, string what) =>
            new AcceptedChange(made, what + " was created", "It exists", made.OutcomeCheck ?? made.ToString());

        /// <summary>A creation the service accepted but has not yet named an id for (CreateMmsJob answers an async task).</summary>
        public static AcceptedChange CreationAccepted(MmsReference made, string what, string findCommand) =>
            new AcceptedChange(made, "The creation of " + what + " was accepted", "It exists or is being made", findCommand);

        /// <summary>A run the service started (TriggerMmsTimer): what it made shows as jobs of the timer.</summary>
        public static AcceptedChange Started(MmsTimerRunReference run) =>
            new AcceptedChange(run, "Timer " + run.TimerId + " of source " + run.SourceId + " started a run", "Its jobs exist or are being made", run.OutcomeCheck!);

        /// <summary>A change to an existing object (-PassThru reads it back).</summary>
        public static AcceptedChange Changed(MmsReference changed) =>
            new AcceptedChange(changed, "The change to " + changed + " was made", "It stands", changed.OutcomeCheck ?? changed.ToString());

        /// <summary>The error for a read after the change that failed with <paramref name="failure"/>.</summary>
        public ErrorRecord FollowUpError(MmsApiException failure) =>
            FollowUpError("reading it afterwards failed: " + failure.Message.TrimEnd('.'), failure);

        /// <summary>The error for a read after the change that did not end, e.g. one still waiting when -WaitTimeoutSec ran out.</summary>
        public ErrorRecord FollowUpError(string whatWentWrong, Exception? inner = null) =>
            ErrorRecords.Create(MmsErrorIds.FollowUpReadFailed,
                Fact + ", but " + whatWentWrong + ". " + Standing + ": read it with " + ReadCommand + " rather than sending the request again.",
                Target, "Read it with " + ReadCommand + "; sending the request again would make a second one.", inner);

        /// <summary>The same words for a warning, when the command is stopped and can no longer write an error.</summary>
        public string StoppedWarning(string commandName) =>
            commandName + " was stopped, but " + char.ToLowerInvariant(Fact[0]) + Fact.Substring(1) + ". " + Standing + ": read it with " + ReadCommand +
            " rather than sending the request again.";
    }

    /// <summary>A read after an accepted change failed: carries the change, so the error written says it was made.</summary>
    internal sealed class FollowUpReadException : Exception
    {
        public FollowUpReadException(ErrorRecord error)
            : base(error.Exception.Message, error.Exception)
        {
            Error = error;
        }

        public ErrorRecord Error { get; }
    }
}
