using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

// Authoring: an edit of the content, versioned (and announced) once the challenge is published.
public sealed partial class Challenge
{
    /// <summary>
    /// Saves an author's edit. Drafts (and drafts returned by the reviewer) change freely and may be incomplete. A
    /// published challenge stays publishable, and each edit becomes a numbered revision; a material one (timeline,
    /// criteria, deliverables, award, confidentiality) needs a note for followers. Under review, and once submissions
    /// have closed, the content is frozen.
    /// </summary>
    /// <param name="fields">The tags named by <paramref name="content"/>, as loaded by the caller.</param>
    /// <returns>The new revision, or null when nothing was versioned (a draft, or no change).</returns>
    public Outcome<ChallengeRevision?> Edit(
        ChallengeContent content,
        IReadOnlyList<FieldTag> fields,
        DateTime nowUtc,
        string userId,
        string? note = null
    )
    {
        var amending = ChallengeLifecycle.IsAmendable(Status);
        if (!ChallengeLifecycle.IsEditable(Status))
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

            if (
                changed.Contains(ChallengeParts.Timeline)
                && content.Rounds[0].SubmissionOpensUtc != SubmissionOpensUtc
                && Status == ChallengeStatus.SubmissionsOpen
            )
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
        domainEvents.Add(new ChallengeAmended(Id, revision.Id, nowUtc));
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
        RegionCode = content.Region;
        if (content.Region is not null)
        {
            LegacyRegion = "";
        }

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
                var criterion =
                    i < existing.Count
                        ? existing[i]
                        : new ScoringCriterion
                        {
                            ChallengeId = Id,
                            Name = plan.Name,
                            RoundNumber = round.Key,
                        };
                (criterion.Name, criterion.Description, criterion.Weight, criterion.Anchors, criterion.SortOrder) = (
                    plan.Name,
                    plan.Description,
                    plan.Weight,
                    plan.Anchors,
                    sortOrder++
                );
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
            (round.Name, round.SubmissionOpensUtc, round.SubmissionClosesUtc, round.JudgingOpensUtc, round.JudgingClosesUtc) = (
                plan.Name,
                plan.SubmissionOpensUtc,
                plan.SubmissionClosesUtc,
                plan.JudgingOpensUtc,
                plan.JudgingClosesUtc
            );
            (round.AppealsClosesUtc, round.ResultsPublishUtc) = (plan.AppealsClosesUtc, plan.ResultsPublishUtc);
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

    /// <summary>
    /// Rebuilds <see cref="SearchText"/>; confidential details and a confidential enterprise stay out of it. A region from
    /// the list is searched by its names in the catalog's query, not through this text.
    /// </summary>
    public void RefreshSearchText()
    {
        IEnumerable<string> parts = [Title, Summary, LegacyRegion, .. Fields.SelectMany(f => new[] { f.Name, f.NameZh })];
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
