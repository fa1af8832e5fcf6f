import { graphql } from '../../gql';

// The webhooks screen's documents.

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEventTypes {
      name
      description
    }
    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          url
          description
          events
          enabled
          disabledReason
          previousSecretExpiresAt
          createdAt
          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
            totalCount
            edges {
              node {
                id
                eventType
                status
                attempts
                responseStatus
                durationMs
                responseBody
                lastError
                createdAt
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        id
        url
        events
        enabled
      }
      secret
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SendTestWebhookEventDocument = graphql(`
  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {
    sendTestWebhookEvent(input: $input) {
      eventId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ReplayWebhookEventDocument = graphql(`
  mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {
    replayWebhookEvent(input: $input) {
      delivery {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
