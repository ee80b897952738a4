import { save } from '@/app/actions';
import { db } from '@/lib/db';
import { save as again } from './actions';
export default function Page() { return [save, db, again]; }
