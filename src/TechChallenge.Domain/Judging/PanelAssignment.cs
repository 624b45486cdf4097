namespace TechChallenge.Domain.Judging;

/// <summary>
/// Automatic assignment of a round's entries to its panel.
/// <list type="bullet">
/// <item>Kept assignments (entries already scored, or set by hand) stay as they are and count towards both the entry's
/// coverage and the judge's load; a kept card of a judge who has left the panel still covers the entry, so a judge's
/// departure only reassigns what they had not scored.</item>
/// <item>A judge is never given an entry they are in conflict with.</item>
/// <item>Entries with the fewest eligible judges are served first; each place goes to the eligible judge with the
/// lowest load, then the better expertise match, then a fixed order. A final pass moves assignments from the most to
/// the least loaded judge while their loads differ by more than one and a conflict-free move exists, so loads end
/// within ±1 whenever the conflicts allow it.</item>
/// <item>Entries that cannot get <c>judgesPerEntry</c> conflict-free judges are reported, never silently left short.</item>
/// </list>
/// </summary>
public static class PanelAssignment
{
    public static PanelPlan Assign(
        IReadOnlyList<Guid> entries,
        IReadOnlyList<PanelJudge> panel,
        int judgesPerEntry,
        IReadOnlySet<EntryJudge> conflicts,
        IReadOnlyCollection<EntryJudge> kept
    )
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(judgesPerEntry, 1);
        var judges = panel.OrderBy(j => j.UserId, StringComparer.Ordinal).ToArray();
        var load = judges.ToDictionary(j => j.UserId, _ => 0, StringComparer.Ordinal);
        var onEntry = entries.ToDictionary(e => e, _ => new HashSet<string>(StringComparer.Ordinal));
        var keptSet = new HashSet<EntryJudge>();
        foreach (var assignment in kept.Where(a => onEntry.ContainsKey(a.ProposalId)))
        {
            if (
                keptSet.Add(assignment)
                && onEntry[assignment.ProposalId].Add(assignment.JudgeUserId)
                && load.ContainsKey(assignment.JudgeUserId)
            )
            {
                load[assignment.JudgeUserId]++;
            }
        }

        bool Eligible(Guid entry, string judge) => !onEntry[entry].Contains(judge) && !conflicts.Contains(new EntryJudge(entry, judge));

        var order = entries.OrderBy(e => judges.Count(j => Eligible(e, j.UserId))).ThenBy(e => e).ToArray();

        // One place per entry per pass, so early entries do not take every lightly loaded judge.
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var entry in order)
            {
                if (onEntry[entry].Count >= judgesPerEntry)
                {
                    continue;
                }

                PanelJudge? best = null;
                foreach (var judge in judges)
                {
                    if (
                        Eligible(entry, judge.UserId)
                        && (
                            best is null
                            || load[judge.UserId] < load[best.UserId]
                            || (load[judge.UserId] == load[best.UserId] && judge.ExpertiseMatch > best.ExpertiseMatch)
                        )
                    )
                    {
                        best = judge;
                    }
                }

                if (best is not null)
                {
                    onEntry[entry].Add(best.UserId);
                    load[best.UserId]++;
                    progress = true;
                }
            }
        }

        Rebalance(judges, load, onEntry, keptSet, Eligible);

        var assignments = entries.SelectMany(e => onEntry[e].Order(StringComparer.Ordinal).Select(j => new EntryJudge(e, j))).ToList();
        var shortfalls = entries
            .Where(e => onEntry[e].Count < judgesPerEntry)
            .Select(e => new EntryShortfall(e, onEntry[e].Count, judgesPerEntry))
            .ToList();
        return new PanelPlan(assignments, shortfalls);
    }

    private static void Rebalance(
        PanelJudge[] judges,
        Dictionary<string, int> load,
        Dictionary<Guid, HashSet<string>> onEntry,
        HashSet<EntryJudge> kept,
        Func<Guid, string, bool> eligible
    )
    {
        // Each move lowers Σ load², so the loop ends.
        while (true)
        {
            var moved = false;
            foreach (var heavy in judges.OrderByDescending(j => load[j.UserId]))
            {
                foreach (var light in judges.Where(j => load[j.UserId] < load[heavy.UserId] - 1).OrderBy(j => load[j.UserId]))
                {
                    var entry = onEntry
                        .Where(e =>
                            e.Value.Contains(heavy.UserId)
                            && !kept.Contains(new EntryJudge(e.Key, heavy.UserId))
                            && eligible(e.Key, light.UserId)
                        )
                        .Select(e => (Guid?)e.Key)
                        .FirstOrDefault();
                    if (entry is { } found)
                    {
                        onEntry[found].Remove(heavy.UserId);
                        onEntry[found].Add(light.UserId);
                        load[heavy.UserId]--;
                        load[light.UserId]++;
                        moved = true;
                        break;
                    }
                }

                if (moved)
                {
                    break;
                }
            }

            if (!moved)
            {
                return;
            }
        }
    }
}
