import { createPost } from '@/actions/posts';
import { like } from '@acme/ui/actions';
import { subscribe } from '@acme/ui/forms/subscribe';
import './page.css';
import logo from './logo.svg?url';
import { fixture } from './page.test';
import { generated } from './generated/actions';

export default function Page() {
  return [createPost, like, subscribe, logo, fixture, generated];
}
