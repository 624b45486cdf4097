using TechChallenge.Domain.Common;
using TechChallenge.Domain.Regions;

namespace TechChallenge.Domain.Challenges;

/// <summary>An enterprise's technical need, published by a sub-center as an innovation challenge.</summary>
public sealed partial class Challenge
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

    /// <summary>Where the need is: a division from the region list; null when none is given.</summary>
    public RegionCode? RegionCode { get; private set; }

    /// <summary>
    /// A region typed as free text before regions came from the list, kept as it was because no division matched it;
    /// shown until the author picks a region, which clears it.
    /// </summary>
    public string LegacyRegion { get; private set; } = "";
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

    /// <summary>Optimistic-concurrency token, renewed by the save that changes the challenge (see AppDbContext).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ScoringCriterion> Criteria { get; init; } = [];
    public List<ChallengeRound> Rounds { get; init; } = [];
    public List<FieldTag> Fields { get; init; } = [];
    public List<ChallengeTransition> Transitions { get; init; } = [];
    public List<ChallengeRevision> Revisions { get; init; } = [];
    public List<JudgeAssignment> Judges { get; init; } = [];

    private readonly List<ChallengeDomainEvent> domainEvents = [];

    /// <summary>
    /// What happened to the challenge since it was loaded (moves, milestones, amendments), in order, for Infrastructure
    /// to act on once in the save that stores them. Not stored itself.
    /// </summary>
    public IReadOnlyList<ChallengeDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

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
    public int RoundNumberOrCurrent(int? asked, DateTime nowUtc) =>
        asked is { } number && Round(number) is not null ? number : CurrentRoundNumber(nowUtc);

    /// <summary>The challenge's content as its editor shows it.</summary>
    public ChallengeContent Content =>
        new(
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
            RegionCode,
            Enterprise,
            IsConfidential,
            ConfidentialityTerms,
            Contact,
            Fields.Select(f => f.Id).Order().ToList(),
            Criteria
                .OrderBy(c => c.RoundNumber)
                .ThenBy(c => c.SortOrder)
                .Select(c => new CriterionPlan(c.Name, c.Description, c.Weight, c.Anchors, c.RoundNumber))
                .ToList(),
            Rounds.OrderBy(r => r.Number).Select(RoundSchedule.ToPlan).ToList()
        )
        {
            Files = Files,
            BlindReview = BlindReview,
        };

    /// <summary>Replaces the free-text region with the division it was found to name (see <see cref="RegionMatcher"/>).</summary>
    public void MapLegacyRegion(RegionCode code)
    {
        RegionCode = code;
        LegacyRegion = "";
        RefreshSearchText();
    }

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

        Transitions.Add(
            new ChallengeTransition
            {
                ChallengeId = Id,
                From = Status,
                To = check.Value,
                Trigger = trigger,
                ActorUserId = actor.UserId,
                AtUtc = nowUtc,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            }
        );
        if (trigger == ChallengeTrigger.Publish)
        {
            PublishedAtUtc = nowUtc;
        }

        domainEvents.Add(new ChallengeStatusChanged(Id, Status, check.Value, trigger, nowUtc));
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
            if (
                ChallengeLifecycle.TriggerFor(milestone, lastRound) is { } trigger
                && ChallengeLifecycle.Target(Status, trigger) is not null
                && Apply(trigger, nowUtc, LifecycleActor.Scheduler, ClockReason.For(milestone)).Succeeded
            )
            {
                movedTo = Status;
            }

            steps.Add(new ClockStep(milestone, movedTo));
            domainEvents.Add(new RoundMilestoneReached(Id, milestone, nowUtc));
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
        return ChallengeTimeline
            .Milestones(Rounds.OrderBy(r => r.Number).Select(RoundSchedule.ToPlan))
            .Where(m => !rounds[m.Round].HasReached(m.Kind))
            .ToList();
    }
}
