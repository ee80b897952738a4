import { save } from '@acme/ui';
import { like } from '@acme/ui/actions';
import { save as direct } from '@acme/ui/forms/save';
import { db } from '@acme/db';
import { auth } from '@/lib/auth';
export default function Page() { return [save, like, direct, db, auth]; }
