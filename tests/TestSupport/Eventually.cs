namespace PurchasePlatform.TestSupport;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails the test when it does not within the bound.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"condition not met within {seconds} s");
            await Task.Delay(20);
        }
    }

    /// <summary>Polls an asynchronous condition (a database read, a call) until it holds; fails the test when it does not within the bound.</summary>
    public static Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 20) => UntilAsync(condition, holds => holds, seconds);

    /// <summary>Reads until the value meets the condition and returns it; fails the test with the last value read when it does not within the bound.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"condition not met within {seconds} s; last value: {value}");
            await Task.Delay(50);
        }
    }
}
