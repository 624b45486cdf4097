using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Proposals;

/// <summary>
/// A team's entry to a challenge: a working draft that autosaves, and the immutable, numbered versions submitted
/// from it. Judges and organisers only ever see the latest submitted version, never the draft.
/// </summary>
public sealed class Proposal
{
    public const int MaxAttachments = 10;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }

    /// <summary>The team that owns the entry; every member may edit, submit and withdraw it.</summary>
    public Guid TeamId { get; init; }

    /// <summary>The member who started it.</summary>
    public required string StartedByUserId { get; init; }

    public string Title { get; private set; } = "";

    /// <summary>The abstract: what the solution is, in a few paragraphs.</summary>
    public string Body { get; private set; } = "";

    public IReadOnlyList<SectionAnswer> Sections { get; private set; } = [];

    public ProposalStatus Status { get; private set; } = ProposalStatus.Draft;

    /// <summary>Counts every change to the draft; a save that expects an older revision is refused (concurrency token).</summary>
    public int Revision { get; private set; }

    /// <summary>The draft revision the latest version was made from: equal to <see cref="Revision"/> when nothing changed since.</summary>
    public int SubmittedRevision { get; private set; }

    public DateTime DraftSavedUtc { get; private set; }

    /// <summary>When the latest version was submitted; null before the first submission.</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    public int VersionCount { get; private set; }

    /// <summary>Every file ever uploaded to this proposal; files stay while a version refers to them.</summary>
    public List<ProposalAttachment> Attachments { get; init; } = [];

    public List<ProposalVersion> Versions { get; init; } = [];

    public IEnumerable<ProposalAttachment> DraftAttachments => Attachments.Where(a => a.InDraft).OrderBy(a => a.UploadedUtc);

    public bool HasUnsubmittedChanges => Status != ProposalStatus.Submitted || Revision != SubmittedRevision;

    public ProposalVersion? LatestVersion => Versions.MaxBy(v => v.Number);

    public static Proposal Start(Guid challengeId, Guid teamId, string startedByUserId, DateTime nowUtc) =>
        new()
        {
            ChallengeId = challengeId,
            TeamId = teamId,
            StartedByUserId = startedByUserId,
            DraftSavedUtc = nowUtc,
        };

    /// <summary>Saves the draft if nobody saved since <paramref name="expectedRevision"/>; incomplete drafts are fine.</summary>
    public Outcome SaveDraft(
        int expectedRevision,
        string title,
        string body,
        IReadOnlyList<ProposalSection> form,
        IEnumerable<SectionAnswer> answers,
        DateTime nowUtc
    )
    {
        if (expectedRevision != Revision)
        {
            return Outcome.Refused(RuleCodes.ProposalEditedElsewhere);
        }

        var sections = ProposalForm.Normalize(form, answers);
        if (Title == title.Trim() && Body == body.Trim() && Sections.SequenceEqual(sections))
        {
            // Saving what is already saved is not a change: it must not make an unchanged submission look edited.
            return Outcome.Success;
        }

        Title = title.Trim();
        Body = body.Trim();
        Sections = sections;
        Touch(nowUtc);
        return Outcome.Success;
    }

    public Outcome AddAttachment(ProposalAttachment attachment, long maxTotalBytes, DateTime nowUtc)
    {
        var current = DraftAttachments.ToList();
        if (current.Count >= MaxAttachments)
        {
            return Outcome.Refused(RuleCodes.ProposalTooManyFiles, MaxAttachments);
        }

        if (current.Sum(a => a.SizeBytes) + attachment.SizeBytes > maxTotalBytes)
        {
            return Outcome.Refused(RuleCodes.ProposalFilesTooLarge, maxTotalBytes / (1024 * 1024));
        }

        attachment.ProposalId = Id;
        attachment.InDraft = true;
        attachment.UploadedUtc = nowUtc;
        Attachments.Add(attachment);
        Touch(nowUtc);
        return Outcome.Success;
    }

    /// <summary>Takes a file out of the draft; true when no version refers to it, so its stored content may go.</summary>
    public bool RemoveAttachment(Guid attachmentId, DateTime nowUtc)
    {
        var attachment = Attachments.SingleOrDefault(a => a.Id == attachmentId && a.InDraft);
        if (attachment is null)
        {
            return false;
        }

        attachment.InDraft = false;
        Touch(nowUtc);
        return !Versions.Any(v => v.Files.Any(f => f.AttachmentId == attachmentId));
    }

    /// <summary>
    /// Submits the draft as a new numbered version. Submitting an unchanged draft again (a second click, a second tab)
    /// returns the version it already made. The deadline is the caller's to check, at the database's time.
    /// </summary>
    public Outcome<ProposalVersion> Submit(int expectedRevision, IReadOnlyList<ProposalSection> form, DateTime nowUtc)
    {
        if (!HasUnsubmittedChanges && LatestVersion is { } unchanged)
        {
            return Outcome<ProposalVersion>.Ok(unchanged);
        }

        if (expectedRevision != Revision)
        {
            return Outcome<ProposalVersion>.Refused(RuleCodes.ProposalEditedElsewhere);
        }

        if (Title.Length == 0)
        {
            return Outcome<ProposalVersion>.Refused(RuleCodes.ProposalTitleRequired);
        }

        if (Body.Length == 0)
        {
            return Outcome<ProposalVersion>.Refused(RuleCodes.ProposalTextRequired);
        }

        var sections = ProposalForm.Normalize(form, Sections);
        if (ProposalForm.CheckComplete(form, sections) is { } incomplete)
        {
            return Outcome<ProposalVersion>.Refused(incomplete);
        }

        var files = DraftAttachments.Select(a => new VersionFile(a.Id, a.FileName, a.SizeBytes, a.Sha256)).ToList();
        var number = VersionCount + 1;
        var version = new ProposalVersion
        {
            ProposalId = Id,
            Number = number,
            Title = Title,
            Body = Body,
            Sections = sections,
            Files = files,
            SubmittedAtUtc = nowUtc,
            ContentSha256 = ProposalVersion.HashContent(Id, number, Title, Body, sections, files),
        };
        Versions.Add(version);
        VersionCount = number;
        Status = ProposalStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        // A submission is a change too: it makes a concurrent second submission conflict instead of adding a version.
        Revision++;
        SubmittedRevision = Revision;
        return Outcome<ProposalVersion>.Ok(version);
    }

    /// <summary>Withdraws the entry: judges and organisers no longer see it. The deadline is the caller's to check.</summary>
    public Outcome Withdraw(DateTime nowUtc)
    {
        if (Status != ProposalStatus.Submitted)
        {
            return Outcome.Refused(RuleCodes.ProposalNotSubmitted);
        }

        Status = ProposalStatus.Withdrawn;
        Touch(nowUtc);
        return Outcome.Success;
    }

    private void Touch(DateTime nowUtc)
    {
        Revision++;
        DraftSavedUtc = nowUtc;
    }
}
