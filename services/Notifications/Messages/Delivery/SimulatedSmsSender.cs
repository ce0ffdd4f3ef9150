namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>
/// The default SMS provider: nothing leaves the process. Test numbers: <c>+15005550001</c> is unreachable (permanent
/// failure), <c>+15005550002</c> fails transiently on its first attempt then succeeds, <c>+15005550003</c> always fails
/// transiently. Every other number is delivered at once.
/// </summary>
public sealed class SimulatedSmsSender() : SimulatedProvider<SmsMessage>("sim-sms-"), ISmsSender
{
    public const string UnreachableNumber = "+15005550001";
    public const string FailOnceNumber = "+15005550002";
    public const string UnavailableNumber = "+15005550003";

    public Task<SendResult> SendAsync(SmsMessage message, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Send(message, idempotencyKey, attempt => message.To switch
        {
            UnreachableNumber => new SendResult.PermanentFailure($"Number {message.To} is not reachable (simulated)"),
            FailOnceNumber when attempt == 1 => new SendResult.TransientFailure("SMS gateway temporarily unavailable (simulated)"),
            UnavailableNumber => new SendResult.TransientFailure("SMS gateway temporarily unavailable (simulated)"),
            _ => null,
        }));
}
