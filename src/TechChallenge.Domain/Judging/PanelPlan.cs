namespace TechChallenge.Domain.Judging;

/// <param name="Assignments">Every assignment, kept ones included.</param>
/// <param name="Shortfalls">Entries below the wanted number of judges.</param>
public sealed record PanelPlan(IReadOnlyList<EntryJudge> Assignments, IReadOnlyList<EntryShortfall> Shortfalls)
{
    public IReadOnlyDictionary<string, int> Loads(IEnumerable<PanelJudge> panel)
    {
        var loads = panel.ToDictionary(j => j.UserId, _ => 0, StringComparer.Ordinal);
        foreach (var assignment in Assignments.Where(a => loads.ContainsKey(a.JudgeUserId)))
        {
            loads[assignment.JudgeUserId]++;
        }

        return loads;
    }
}
