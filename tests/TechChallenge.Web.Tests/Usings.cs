// One app per test class; the classes run one after another so their schedulers and databases do not compete for
// the machine's two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
