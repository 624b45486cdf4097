using TechChallenge.Domain.Common;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// The autosave of an editor page (challenge, proposal, scorecard). Every <see cref="Interval"/> what changed since the
/// last save is saved, one save at a time. The concurrency rule, the same on every editor: once the service answers
/// that the record was edited elsewhere, nothing more is saved from this page — it would overwrite the other edit —
/// until the person reloads (<see cref="Loaded"/>); <see cref="AutosaveAlert"/> shows the message with the reload.
/// </summary>
/// <param name="snapshot">What the page holds now, to tell whether there is anything to save.</param>
/// <param name="same">Whether two snapshots hold the same edits; equality when not given.</param>
public sealed class Autosave<TSnapshot>(Func<TSnapshot> snapshot, Func<TSnapshot, TSnapshot, bool>? same = null) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    // One save at a time, so the timer and a click never both write (or both create) the record.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Func<TSnapshot, TSnapshot, bool> same = same ?? EqualityComparer<TSnapshot>.Default.Equals;
    private TSnapshot? saved;
    private bool hasSaved;
    private Timer? timer;

    /// <summary>True while a save runs.</summary>
    public bool Saving { get; private set; }

    /// <summary>The service said the record was edited elsewhere: nothing is saved until the page reloads it.</summary>
    public bool EditedElsewhere { get; private set; }

    /// <summary>The state line the page shows (saving, saved at, not saved); each editor words it.</summary>
    public string? State { get; set; }

    /// <summary>Whether the page holds edits that were not saved yet.</summary>
    public bool HasChanges => !hasSaved || !same(snapshot(), saved!);

    /// <summary>Whether the timer should save now: there are edits, no save runs, and nothing was edited elsewhere.</summary>
    public bool Due => HasChanges && !Saving && !EditedElsewhere;

    /// <summary>The codes by which a service says the record changed since the page loaded it.</summary>
    public static bool IsEditedElsewhere(RuleViolation? violation) =>
        violation?.Code is RuleCodes.ConcurrentEdit or RuleCodes.ProposalEditedElsewhere;

    /// <summary>
    /// Starts the timer; the page calls it once it is interactive. <paramref name="invoke"/> is the page's
    /// InvokeAsync, so that <paramref name="tick"/> runs on the page's own dispatcher.
    /// </summary>
    public void Start(Func<Func<Task>, Task> invoke, Func<Task> tick) => timer ??= new Timer(_ => invoke(tick), null, Interval, Interval);

    /// <summary>What the page holds now is what the server holds: after loading or reloading the record.</summary>
    public void Loaded(string? state = null)
    {
        (saved, hasSaved) = (snapshot(), true);
        EditedElsewhere = false;
        State = state;
    }

    /// <summary>
    /// Saves what the page holds through <paramref name="save"/>. When <paramref name="wait"/> is false (the timer) and
    /// another save runs, nothing is done and null is returned; a click waits for it instead.
    /// </summary>
    public async Task<TOutcome?> SaveAsync<TOutcome>(Func<Task<TOutcome>> save, bool wait = true)
        where TOutcome : Outcome
    {
        if (wait)
        {
            await gate.WaitAsync();
        }
        else if (!await gate.WaitAsync(0))
        {
            return null;
        }

        Saving = true;
        try
        {
            var taken = snapshot();
            var outcome = await save();
            if (outcome.Succeeded)
            {
                (saved, hasSaved) = (taken, true);
            }

            EditedElsewhere = IsEditedElsewhere(outcome.Violation);
            return outcome;
        }
        finally
        {
            Saving = false;
            gate.Release();
        }
    }

    /// <summary>For a call that is not a save but is refused the same way (e.g. submitting a proposal).</summary>
    public void Answered(Outcome outcome) => EditedElsewhere = IsEditedElsewhere(outcome.Violation);

    public void Dispose()
    {
        timer?.Dispose();
        gate.Dispose();
    }
}
