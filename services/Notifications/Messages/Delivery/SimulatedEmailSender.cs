namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>
/// The default e-mail provider: nothing leaves the process. Test addresses: <c>*@bounce.test</c> bounces (permanent
/// failure), <c>*@fail-once.test</c> fails transiently on its first attempt then succeeds, <c>*@unavailable.test</c>
/// always fails transiently. Every other address is delivered at once.
/// </summary>
public sealed class SimulatedEmailSender() : SimulatedProvider<EmailMessage>("sim-mail-"), IEmailSender
{
    public const string BounceDomain = "bounce.test";
    public const string FailOnceDomain = "fail-once.test";
    public const string UnavailableDomain = "unavailable.test";

    public Task<SendResult> SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        var domain = message.To[(message.To.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return Task.FromResult(Send(message, idempotencyKey, attempt => domain switch
        {
            BounceDomain => new SendResult.PermanentFailure($"Mailbox {message.To} does not exist (simulated bounce)"),
            FailOnceDomain when attempt == 1 => new SendResult.TransientFailure("Mail server temporarily unavailable (simulated)"),
            UnavailableDomain => new SendResult.TransientFailure("Mail server temporarily unavailable (simulated)"),
            _ => null,
        }));
    }
}
