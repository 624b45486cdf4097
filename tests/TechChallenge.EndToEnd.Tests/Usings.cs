// Browser tests share the machine's two cores with the app they drive; one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
