using System.Collections.Concurrent;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// Tells open pages on this instance that a user has new notifications, so the bell updates without a reload.
/// In-process only: pages on another instance notice on their next periodic refresh.
/// </summary>
public sealed class NotificationSignal
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> listeners = new();

    public IDisposable Subscribe(string userId, Func<Task> onArrived)
    {
        var id = Guid.NewGuid();
        listeners.GetOrAdd(userId, _ => new()).TryAdd(id, onArrived);
        return new Subscription(() =>
        {
            if (listeners.TryGetValue(userId, out var forUser))
            {
                forUser.TryRemove(id, out _);
            }
        });
    }

    public async Task RaiseAsync(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct())
        {
            if (listeners.TryGetValue(userId, out var forUser))
            {
                // A broken page must not keep the others from hearing.
                await Task.WhenAll(
                    forUser.Values.Select(async listener =>
                    {
                        try
                        {
                            await listener();
                        }
                        catch (Exception exception) when (exception is not OutOfMemoryException) { }
                    })
                );
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
