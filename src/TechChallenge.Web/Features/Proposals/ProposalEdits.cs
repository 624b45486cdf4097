namespace TechChallenge.Web.Features.Proposals;

/// <summary>
/// What the solver typed into the editor, kept with the circuit's persisted state: when a phone wakes or the server
/// restarted before the next autosave, the resumed editor shows it again instead of the last saved draft.
/// </summary>
/// <param name="Revision">
/// The draft revision the edits were made on; saving them from an older one is refused as an edit made elsewhere.
/// </param>
public sealed record ProposalEdits(int Revision, string Title, string Body, IReadOnlyDictionary<string, string> Answers);
