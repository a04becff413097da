import userAvatar from '@/assets/avatar.png';
import type { LogEntry, User } from './types';

export const logs: LogEntry[] = [
  { id: 'log_6', timestamp: new Date(Date.now() - 1000 * 60 * 12).toISOString(), level: 'info', service: 'Webhook Relay', message: 'Webhook "Incoming SMS" triggered.' },
  { id: 'log_7', timestamp: new Date(Date.now() - 1000 * 60 * 15).toISOString(), level: 'error', service: 'CRM Connector', message: 'Failed to update deal: Invalid ID `deal_abc`.' },
];

export const users: User[] = [
  { id: 'usr_1', name: 'Admin User', email: 'admin@apimanager.io', role: 'Admin', avatarUrl: userAvatar },
  { id: 'usr_2', name: 'John Agent', email: 'john.agent@apimanager.io', role: 'Agent', avatarUrl: 'https://picsum.photos/seed/user2/100/100' },
  { id: 'usr_3', name: 'Sarah Developer', email: 'sarah.dev@apimanager.io', role: 'Developer', avatarUrl: 'https://picsum.photos/seed/user3/100/100' },
];

export const apiKeys = [
  { id: 'key_1', name: 'Production', prefix: 'am_live_', createdAt: '2024-01-10', lastUsed: '2 hours ago' },
];
