import { render } from 'preact';
import { ReportsPage } from '@/components/ReportsPage';

render(<ReportsPage />, document.getElementById('app')!);
