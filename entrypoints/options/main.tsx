import { render } from 'preact';
import { Options } from './Options';
import '@/components/entry.css';
import './options.css';

document.documentElement.lang = navigator.language;
document.title = 'Tifa 提法';
render(<Options />, document.getElementById('app')!);
