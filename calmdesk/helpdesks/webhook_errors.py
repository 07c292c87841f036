"""The exceptions a delivery can raise on its way in, each mapped to one HTTP status."""


class DeliveryRejected(Exception):
    """A delivery calmdesk will not accept; `status` is the HTTP answer and the message says why and how to fix it."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadPayload(DeliveryRejected):
    status = 400


class Unauthorized(DeliveryRejected):
    status = 401


class NotConfigured(DeliveryRejected):
    """The helpdesk's secret is not set, so no delivery can be trusted."""

    status = 503
