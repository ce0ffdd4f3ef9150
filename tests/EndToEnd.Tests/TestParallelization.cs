// Each end-to-end class starts a whole platform (nine services); two at once on a small machine would starve both.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
