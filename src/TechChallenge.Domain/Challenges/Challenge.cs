using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>An enterprise's technical need, published by a sub-center as an innovation challenge.</summary>
public sealed class Challenge
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SubCenterId { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>The full problem statement, in Markdown.</summary>
    public string Statement { get; set; } = "";

    public string TechnicalRequirements { get; set; } = "";
    public string Deliverables { get; set; } = "";
    public ChallengeType Type { get; set; }
    public decimal? AwardAmount { get; set; }
    public string AwardCurrency { get; set; } = "CNY";
    public string AwardDescription { get; set; } = "";
    public string IpTerms { get; set; } = "";
    public string Region { get; set; } = "";
    public EnterpriseInfo Enterprise { get; set; } = new("", "", "", false);

    /// <summary>Details and attachments are shown only to solvers who accepted <see cref="ConfidentialityTerms"/>.</summary>
    public bool IsConfidential { get; set; }

    public string ConfidentialityTerms { get; set; } = "";
    public ContactInfo Contact { get; set; } = new("", "", "");

    /// <summary>Round 1's submission window, kept here so that catalog queries and the clock need no join.</summary>
    public DateTime? SubmissionOpensUtc { get; private set; }

    public DateTime? SubmissionDeadlineUtc { get; private set; }

    /// <summary>Lower-cased searchable text; for a confidential challenge only what the catalog shows anyway.</summary>
    public string SearchText { get; private set; } = "";

    public ChallengeStatus Status { get; private set; } = ChallengeStatus.Draft;
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? PublishedAtUtc { get; private set; }
    public required string CreatedByUserId { get; init; }

    /// <summary>Number of the latest revision; 0 until the published challenge is first edited.</summary>
    public int RevisionNumber { get; private set; }

    public Guid? CoverImageId { get; set; }

    /// <summary>Optimistic-concurrency token, renewed on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ScoringCriterion> Criteria { get; init; } = [];
    public List<ChallengeRound> Rounds { get; init; } = [];
    public List<FieldTag> Fields { get; init; } = [];
    public List<ChallengeTransition> Transitions { get; init; } = [];
    public List<ChallengeRevision> Revisions { get; init; } = [];
    public List<JudgeAssignment> Judges { get; init; } = [];

    public bool IsPubliclyVisible => ChallengeLifecycle.IsPublic(Status);

    /// <summary>The criteria a round is scored on, in order: its own, or round 1's when it has none.</summary>
    public IReadOnlyList<ScoringCriterion> CriteriaOf(int roundNumber)
    {
        var own = Criteria.Where(c => c.RoundNumber == roundNumber).OrderBy(c => c.SortOrder).ToList();
        return own.Count > 0 || roundNumber == 1 ? own : CriteriaOf(1);
    }

    /// <summary>Whether a later round has criteria of its own (rather than round 1's).</summary>
    public bool HasOwnCriteria(int roundNumber) => Criteria.Any(c => c.RoundNumber == roundNumber);

    public ChallengeRound? Round(int roundNumber) => Rounds.SingleOrDefault(r => r.Number == roundNumber);

    /// <summary>
    /// The round the organisers most likely work on now: the latest whose submissions have opened (round 1 before).
    /// Pages open on it; every round stays reachable.
    /// </summary>
    public int CurrentRoundNumber(DateTime nowUtc) =>
        Rounds.Where(r => r.Number == 1 || r.SubmissionOpensUtc <= nowUtc).Select(r => r.Number).DefaultIfEmpty(1).Max();

    /// <summary>The round asked for when the challenge has it; otherwise the current one.</summary>
    public int RoundNumberOrCurrent(int? asked, DateTime nowUtc) => asked is { } number && Round(number) is not null ? number : CurrentRoundNumber(nowUtc);

    /// <summary>The challenge's content as its editor shows it.</summary>
    public ChallengeContent Content => new(
        Title,
        Summary,
        Statement,
        TechnicalRequirements,
        Deliverables,
        Type,
        AwardAmount,
        AwardCurrency,
        AwardDescription,
        IpTerms,
        Region,
        Enterprise,
        IsConfidential,
        ConfidentialityTerms,
        Contact,
        Fields.Select(f => f.Id).Order().ToList(),
        Criteria.OrderBy(c => c.RoundNumber).ThenBy(c => c.SortOrder).Select(c => new CriterionPlan(c.Name, c.Description, c.Weight, c.Anchors, c.RoundNumber)).ToList(),
        Rounds.OrderBy(r => r.Number).Select(RoundSchedule.ToPlan).ToList())
    {
        Files = Files,
        BlindReview = BlindReview,
    };

    /// <summary>Whether each team sees its own scores (not only the judges' comments to it) once results are published.</summary>
    public bool ScoresReleased { get; set; }

    /// <summary>Judges review without knowing who wrote the entries (see <see cref="ChallengeContent.BlindReview"/>).</summary>
    public bool BlindReview { get; private set; }

    /// <summary>Limits on proposals' files (size per file and in total, types); the platform's where unset.</summary>
    public SubmissionFileRules Files { get; private set; } = SubmissionFileRules.PlatformDefaults;

    /// <summary>Moves the challenge through its lifecycle if <see cref="ChallengeLifecycle"/> allows it, and records the move.</summary>
    public Outcome Apply(ChallengeTrigger trigger, DateTime nowUtc, LifecycleActor actor, string? reason = null)
    {
        var check = ChallengeLifecycle.Check(this, trigger, nowUtc, actor, reason);
        if (!check.Succeeded)
        {
            return check;
        }

        Transitions.Add(new ChallengeTransition
        {
            ChallengeId = Id,
            From = Status,
            To = check.Value,
            Trigger = trigger,
            ActorUserId = actor.UserId,
            AtUtc = nowUtc,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
        if (trigger == ChallengeTrigger.Publish)
        {
            PublishedAtUtc = nowUtc;
        }

        Status = check.Value;
        return Outcome.Success;
    }

    /// <summary>
    /// The competition clock's one entry point: applies, in time order, every milestone due by <paramref name="nowUtc"/>
    /// that has not been applied yet, each through <see cref="Apply"/> where it moves the challenge. Running it twice,
    /// late, or after downtime leaves the same state as running it at each milestone on time.
    /// </summary>
    /// <returns>The milestones applied by this call, with the status each one moved the challenge to (if it did).</returns>
    public IReadOnlyList<ClockStep> AdvanceClock(DateTime nowUtc)
    {
        var steps = new List<ClockStep>();
        if (!ChallengeLifecycle.IsClockRunning(Status))
        {
            return steps;
        }

        var rounds = Rounds.ToDictionary(r => r.Number);
        var lastRound = rounds.Keys.DefaultIfEmpty(0).Max();
        foreach (var milestone in PendingMilestones().TakeWhile(m => m.AtUtc <= nowUtc))
        {
            rounds[milestone.Round].ReachedMilestone = milestone.Kind;
            ChallengeStatus? movedTo = null;
            if (ChallengeLifecycle.TriggerFor(milestone, lastRound) is { } trigger
                && ChallengeLifecycle.Target(Status, trigger) is not null
                && Apply(trigger, nowUtc, LifecycleActor.Scheduler, $"{milestone.Kind} of round {milestone.Round}").Succeeded)
            {
                movedTo = Status;
            }

            steps.Add(new ClockStep(milestone, movedTo));
            if (!ChallengeLifecycle.IsClockRunning(Status))
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The milestones the clock has still to apply, in time order; none once the clock has stopped.</summary>
    public IReadOnlyList<Milestone> PendingMilestones()
    {
        if (!ChallengeLifecycle.IsClockRunning(Status))
        {
            return [];
        }

        var rounds = Rounds.ToDictionary(r => r.Number);
        return ChallengeTimeline.Milestones(Rounds.OrderBy(r => r.Number).Select(RoundSchedule.ToPlan))
            .Where(m => !rounds[m.Round].HasReached(m.Kind))
            .ToList();
    }

    /// <summary>
    /// Saves an author's edit. Drafts (and drafts returned by the reviewer) change freely and may be incomplete. A
    /// published challenge stays publishable, and each edit becomes a numbered revision; a material one (timeline,
    /// criteria, deliverables, award, confidentiality) needs a note for followers. Under review, and once submissions
    /// have closed, the content is frozen.
    /// </summary>
    /// <param name="fields">The tags named by <paramref name="content"/>, as loaded by the caller.</param>
    /// <returns>The new revision, or null when nothing was versioned (a draft, or no change).</returns>
    public Outcome<ChallengeRevision?> Edit(ChallengeContent content, IReadOnlyList<FieldTag> fields, DateTime nowUtc, string userId, string? note = null)
    {
        var amending = ChallengeLifecycle.IsAmendable(Status);
        if (!ChallengeLifecycle.IsEditableDraft(Status) && !amending)
        {
            return Outcome<ChallengeRevision?>.Refused(RuleCodes.ChallengeNotEditable, Status);
        }

        content = content.Normalized();
        if (content.Title.Length == 0)
        {
            return Outcome<ChallengeRevision?>.Refused(RuleCodes.TitleRequired);
        }

        var changed = content.ChangedParts(Content);
        var material = changed.Any(ChallengeParts.IsMaterial);
        if (amending)
        {
            if (ChallengeLifecycle.CheckContent(content, nowUtc) is { } violation)
            {
                return Outcome<ChallengeRevision?>.Refused(violation);
            }

            if (material && string.IsNullOrWhiteSpace(note))
            {
                return Outcome<ChallengeRevision?>.Refused(RuleCodes.MaterialChangeNoteRequired);
            }

            if (changed.Contains(ChallengeParts.Timeline) && content.Rounds[0].SubmissionOpensUtc != SubmissionOpensUtc && Status == ChallengeStatus.SubmissionsOpen)
            {
                return Outcome<ChallengeRevision?>.Refused(RuleCodes.OpeningAlreadyPassed);
            }
        }

        var previousDeadline = SubmissionDeadlineUtc;
        ApplyContent(content, fields);
        if (!amending || changed.Count == 0)
        {
            return Outcome<ChallengeRevision?>.Ok(null);
        }

        RevisionNumber++;
        var revision = new ChallengeRevision
        {
            ChallengeId = Id,
            Number = RevisionNumber,
            AtUtc = nowUtc,
            EditedByUserId = userId,
            ChangedParts = string.Join(',', changed),
            IsMaterial = material,
            Note = note?.Trim() ?? "",
            PreviousDeadlineUtc = previousDeadline != SubmissionDeadlineUtc ? previousDeadline : null,
            NewDeadlineUtc = previousDeadline != SubmissionDeadlineUtc ? SubmissionDeadlineUtc : null,
        };
        Revisions.Add(revision);
        return Outcome<ChallengeRevision?>.Ok(revision);
    }

    private void ApplyContent(ChallengeContent content, IReadOnlyList<FieldTag> fields)
    {
        Title = content.Title;
        Summary = content.Summary;
        Statement = content.Statement;
        TechnicalRequirements = content.TechnicalRequirements;
        Deliverables = content.Deliverables;
        Type = content.Type;
        AwardAmount = content.AwardAmount;
        AwardCurrency = content.AwardCurrency;
        AwardDescription = content.AwardDescription;
        IpTerms = content.IpTerms;
        Region = content.Region;
        Enterprise = content.Enterprise;
        IsConfidential = content.IsConfidential;
        ConfidentialityTerms = content.ConfidentialityTerms;
        Contact = content.Contact;
        Files = content.Files;
        BlindReview = content.BlindReview;

        Fields.RemoveAll(f => !content.FieldTagIds.Contains(f.Id));
        Fields.AddRange(fields.Where(f => content.FieldTagIds.Contains(f.Id) && Fields.All(existing => existing.Id != f.Id)));

        // Criteria keep their ids where they stay (by place within their round), so nothing that refers to them breaks.
        var kept = new HashSet<ScoringCriterion>();
        var sortOrder = 0;
        foreach (var round in content.Criteria.GroupBy(c => c.Round))
        {
            var existing = Criteria.Where(c => c.RoundNumber == round.Key).OrderBy(c => c.SortOrder).ToList();
            foreach (var (plan, i) in round.Select((plan, i) => (plan, i)))
            {
                var criterion = i < existing.Count ? existing[i] : new ScoringCriterion { ChallengeId = Id, Name = plan.Name, RoundNumber = round.Key };
                (criterion.Name, criterion.Description, criterion.Weight, criterion.Anchors, criterion.SortOrder) = (plan.Name, plan.Description, plan.Weight, plan.Anchors, sortOrder++);
                if (i >= existing.Count)
                {
                    Criteria.Add(criterion);
                }

                kept.Add(criterion);
            }
        }

        Criteria.RemoveAll(c => !kept.Contains(c));

        var rounds = Rounds.OrderBy(r => r.Number).ToList();
        for (var i = 0; i < content.Rounds.Count; i++)
        {
            var plan = content.Rounds[i];
            var round = i < rounds.Count ? rounds[i] : new ChallengeRound { ChallengeId = Id, Name = plan.Name };
            round.Number = i + 1;
            (round.Name, round.SubmissionOpensUtc, round.SubmissionClosesUtc, round.JudgingOpensUtc, round.JudgingClosesUtc, round.AppealsClosesUtc, round.ResultsPublishUtc) =
                (plan.Name, plan.SubmissionOpensUtc, plan.SubmissionClosesUtc, plan.JudgingOpensUtc, plan.JudgingClosesUtc, plan.AppealsClosesUtc, plan.ResultsPublishUtc);
            if (i >= rounds.Count)
            {
                Rounds.Add(round);
            }
        }

        foreach (var removed in rounds.Skip(content.Rounds.Count))
        {
            Rounds.Remove(removed);
        }

        SubmissionOpensUtc = content.Rounds.Count > 0 ? content.Rounds[0].SubmissionOpensUtc : null;
        SubmissionDeadlineUtc = content.Rounds.Count > 0 ? content.Rounds[0].SubmissionClosesUtc : null;
        RefreshSearchText();
    }

    /// <summary>Rebuilds <see cref="SearchText"/>; confidential details and a confidential enterprise stay out of it.</summary>
    public void RefreshSearchText()
    {
        IEnumerable<string> parts = [Title, Summary, Region, .. Fields.SelectMany(f => new[] { f.Name, f.NameZh })];
        if (!IsConfidential)
        {
            parts = parts.Concat([Statement, TechnicalRequirements, Deliverables]);
        }

        if (!Enterprise.Confidential)
        {
            parts = parts.Append(Enterprise.Name);
        }

        SearchText = string.Join('\n', parts.Where(p => p.Length > 0)).ToLowerInvariant();
    }
}

/// <summary>A judge on the panel of one round of a challenge: each round has its own panel.</summary>
public sealed class JudgeAssignment
{
    public Guid ChallengeId { get; set; }
    public required string JudgeUserId { get; init; }
    public int RoundNumber { get; init; } = 1;
    public DateTime AssignedAtUtc { get; init; }
}
