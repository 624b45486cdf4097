using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class PanelAssignmentTests
{
    private static Guid[] Entries(int count) =>
        Enumerable.Range(1, count).Select(i => new Guid($"00000000-0000-0000-0000-{i:D12}")).ToArray();

    private static PanelJudge[] Judges(params string[] ids) => ids.Select(id => new PanelJudge(id, 0)).ToArray();

    private static readonly IReadOnlySet<EntryJudge> NoConflicts = new HashSet<EntryJudge>();

    private static void AssertWellFormed(
        PanelPlan plan,
        IReadOnlyCollection<Guid> entries,
        int perEntry,
        IReadOnlySet<EntryJudge> conflicts
    )
    {
        Assert.Equal(plan.Assignments.Count, plan.Assignments.Distinct().Count());
        Assert.DoesNotContain(plan.Assignments, conflicts.Contains);
        foreach (var entry in entries)
        {
            var count = plan.Assignments.Count(a => a.ProposalId == entry);
            Assert.True(count <= perEntry);
            Assert.Equal(count < perEntry, plan.Shortfalls.Any(s => s.ProposalId == entry && s.Assigned == count && s.Wanted == perEntry));
        }
    }

    [Fact]
    public void Every_entry_gets_N_judges_and_loads_are_within_one()
    {
        var entries = Entries(7);
        var panel = Judges("a", "b", "c");

        var plan = PanelAssignment.Assign(entries, panel, 2, NoConflicts, []);

        AssertWellFormed(plan, entries, 2, NoConflicts);
        Assert.Empty(plan.Shortfalls);
        Assert.Equal(14, plan.Assignments.Count);
        Assert.Equal([4, 5, 5], plan.Loads(panel).Values.Order());
    }

    [Fact]
    public void A_conflicted_judge_is_never_assigned_and_the_others_absorb_the_load()
    {
        var entries = Entries(6);
        var panel = Judges("a", "b", "c", "d");
        var conflicts = new HashSet<EntryJudge> { new(entries[0], "a"), new(entries[1], "a"), new(entries[2], "a"), new(entries[0], "b") };

        var plan = PanelAssignment.Assign(entries, panel, 2, conflicts, []);

        AssertWellFormed(plan, entries, 2, conflicts);
        Assert.Empty(plan.Shortfalls);
        Assert.Equal(["c", "d"], plan.Assignments.Where(a => a.ProposalId == entries[0]).Select(a => a.JudgeUserId).Order());
        var loads = plan.Loads(panel).Values.ToArray();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
    }

    [Fact]
    public void Entries_that_cannot_get_N_conflict_free_judges_are_reported_short()
    {
        var entries = Entries(3);
        var panel = Judges("a", "b", "c");
        var conflicts = new HashSet<EntryJudge> { new(entries[1], "a"), new(entries[1], "b") };

        var plan = PanelAssignment.Assign(entries, panel, 2, conflicts, []);

        AssertWellFormed(plan, entries, 2, conflicts);
        Assert.Equal([new EntryShortfall(entries[1], 1, 2)], plan.Shortfalls);
    }

    [Fact]
    public void A_panel_smaller_than_N_leaves_every_entry_short()
    {
        var entries = Entries(2);

        var plan = PanelAssignment.Assign(entries, Judges("a", "b"), 3, NoConflicts, []);

        Assert.Equal(entries.Select(e => new EntryShortfall(e, 2, 3)), plan.Shortfalls);
    }

    [Fact]
    public void Among_equally_loaded_judges_expertise_is_preferred()
    {
        var entries = Entries(1);
        PanelJudge[] panel = [new("a", 0), new("b", 2), new("c", 1)];

        var plan = PanelAssignment.Assign(entries, panel, 1, NoConflicts, []);

        Assert.Equal("b", Assert.Single(plan.Assignments).JudgeUserId);
    }

    [Fact]
    public void When_a_judge_drops_out_their_scored_entries_stay_covered_and_the_rest_are_reassigned()
    {
        var entries = Entries(4);
        // "gone" scored entries 1 and 2 before leaving the panel; "a" had scored entry 1.
        EntryJudge[] kept = [new(entries[0], "gone"), new(entries[1], "gone"), new(entries[0], "a")];
        var panel = Judges("a", "b", "c");

        var plan = PanelAssignment.Assign(entries, panel, 2, NoConflicts, kept);

        AssertWellFormed(plan, entries, 2, NoConflicts);
        Assert.Empty(plan.Shortfalls);
        Assert.All(kept, k => Assert.Contains(k, plan.Assignments));
        Assert.Equal(["a", "gone"], plan.Assignments.Where(a => a.ProposalId == entries[0]).Select(a => a.JudgeUserId).Order());
        Assert.Single(plan.Assignments, a => a.ProposalId == entries[1] && a.JudgeUserId != "gone");
        // Six places for the panel: entries 3 and 4 need two each, entry 2 one, plus a's kept card.
        Assert.Equal([2, 2, 2], plan.Loads(panel).Values.Order());
    }

    [Theory]
    [InlineData(1, 40, 7, 3)]
    [InlineData(2, 25, 5, 2)]
    [InlineData(3, 101, 9, 4)]
    [InlineData(4, 12, 12, 5)]
    public void Random_panels_with_sparse_conflicts_are_covered_and_balanced(int seed, int entryCount, int judgeCount, int perEntry)
    {
        var random = new Random(seed);
        var entries = Entries(entryCount);
        var panel = Enumerable.Range(0, judgeCount).Select(i => new PanelJudge($"j{i}", random.Next(3))).ToArray();
        var conflicts = new HashSet<EntryJudge>();
        foreach (var entry in entries.Where(_ => random.NextDouble() < 0.2))
        {
            conflicts.Add(new EntryJudge(entry, panel[random.Next(judgeCount)].UserId));
        }

        var plan = PanelAssignment.Assign(entries, panel, perEntry, conflicts, []);

        AssertWellFormed(plan, entries, perEntry, conflicts);
        Assert.Empty(plan.Shortfalls);
        var loads = plan.Loads(panel).Values.ToArray();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
    }
}
