using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Teams;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>What a submission in one request carries (the API and the one-step path): the whole draft.</summary>
public sealed record ProposalInput(string Title, string Body, IReadOnlyList<SectionAnswer> Sections);

/// <summary>An autosave of the draft, made from <see cref="ExpectedRevision"/> (0 for a proposal not started yet).</summary>
public sealed record DraftInput(int ExpectedRevision, string Title, string Body, IReadOnlyList<SectionAnswer> Sections);

/// <summary>A file as the solver uploaded it; <see cref="OpenRead"/> is called once.</summary>
public sealed record UploadedFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead);

public sealed record AttachmentView(Guid Id, string FileName, long SizeBytes, string Sha256);

/// <summary>The solver's working copy, as the editor shows it.</summary>
public sealed record ProposalDraft(
    Guid Id,
    int Revision,
    string Title,
    string Body,
    IReadOnlyList<SectionAnswer> Sections,
    IReadOnlyList<AttachmentView> Attachments,
    ProposalStatus Status,
    int VersionCount,
    bool HasUnsubmittedChanges,
    DateTime SavedUtc
);

/// <summary>The proposal form of a challenge, with what the editor needs to know about the challenge.</summary>
public sealed record ProposalFormView(
    Guid ChallengeId,
    string ChallengeTitle,
    DateTime? DeadlineUtc,
    IReadOnlyList<ProposalSection> Sections
);

/// <summary>
/// What the signed-in solver's team may still do with its entry, as of when the page read it (each act is decided
/// again at the database's time): while <see cref="Shut"/> is null it edits, submits, withdraws and changes its
/// members; <see cref="MayAskForMoreTime"/> whether an extension could still be granted to it.
/// </summary>
public sealed record EntryWindow(RuleViolation? Shut, bool MayAskForMoreTime)
{
    public bool Open => Shut is null;

    /// <summary>When submissions closed for the team (its extension counted), once they have.</summary>
    public DateTime? ClosedAtUtc => Shut is { Code: RuleCodes.SubmissionsClosed, Arguments: [DateTime closedAt, ..] } ? closedAt : null;
}

public sealed record ProposalVersionView(
    int Number,
    string Title,
    string Body,
    IReadOnlyList<SectionAnswer> Sections,
    IReadOnlyList<VersionFile> Files,
    DateTime SubmittedAtUtc,
    string ContentSha256
);

public sealed record VersionSummary(int Number, DateTime SubmittedAtUtc, string ContentSha256);

/// <summary>What a submission answers: the version it made (or, for a repeat, the one it had made).</summary>
public sealed record SubmittedVersion(Guid ProposalId, int Number, DateTime SubmittedAtUtc, string ContentSha256);

/// <summary>
/// A proposal as one viewer may see it: its authors see their status and every version; organisers and judges see
/// the latest submitted version (organisers the list of earlier ones when they ask for it). In a blind review judges
/// get no <see cref="Team"/> and neutral file names.
/// </summary>
public sealed record ProposalView(
    Guid Id,
    Guid ChallengeId,
    string ChallengeTitle,
    TeamView? Team,
    ProposalStatus Status,
    bool IsAuthor,
    bool OffersHistory,
    ProposalVersionView? Shown,
    IReadOnlyList<VersionSummary> History,
    IReadOnlyList<ProposalSection> Form
)
{
    public string Title => Shown?.Title ?? "";
}

public sealed record MyProposal(
    Guid Id,
    Guid ChallengeId,
    string ChallengeTitle,
    string TeamName,
    string Title,
    ProposalStatus Status,
    int VersionCount,
    bool HasUnsubmittedChanges,
    DateTime? SubmittedAtUtc,
    DateTime? DeadlineUtc,
    ChallengeStatus ChallengeStatus
);

/// <summary>The proof of one submission: what was received, when, and the hashes to check it by.</summary>
public sealed record ProposalReceipt(
    Guid ProposalId,
    int Version,
    Guid ChallengeId,
    string ChallengeTitle,
    string Title,
    string TeamName,
    DateTime SubmittedAtUtc,
    string ContentSha256,
    IReadOnlyList<VersionFile> Files,
    IReadOnlyList<OrganizationName> TeamOrganizations
);

/// <summary>Where a SHA-256 was found: a version's content or one of its files. Says nothing of the content itself.</summary>
public sealed record HashMatch(Guid ProposalId, int Version, string ChallengeTitle, DateTime SubmittedAtUtc, string? FileName);

public sealed record AttachmentDownload(Stream Content, string FileName, string ContentType);
